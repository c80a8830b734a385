package ru.nastavnik.request;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.request.MentoringRequestProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;
import ru.nastavnik.system.BusinessRuleException;

/** Walks every path of MentoringRequestProcess on the in-memory engine, delegates mocked by name. */
@Deployment(resources = {"processes/MentoringRequestProcess.bpmn", "forms/MentoringRequestForm.form",
    "forms/RequestReviewForm.form", "forms/RequestClarificationForm.form"})
class MentoringRequestProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 28 December 2026, 10:00 in Khanty-Mansiysk (UTC+5). */
  private static final OffsetDateTime FILED = OffsetDateTime.of(2026, 12, 28, 10, 0, 0, 0, ZoneOffset.ofHours(5));

  private final List<String> calls = new ArrayList<>();
  private String decisionError;

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(FILED.toInstant()));
    Mocks.register("registerRequestDelegate", (JavaDelegate) execution -> {
      calls.add("register");
      execution.removeVariables(FORM_FIELDS);
      REQUEST_ID.set(execution, 7L);
      ORGANIZATION_CODE.set(execution, "khm-sch1");
      MENTEE_LOGIN.set(execution, "mentee1a");
      LATE.set(execution, false);
    });
    Mocks.register("applyReviewDecisionDelegate", (JavaDelegate) execution -> {
      if (decisionError != null) {
        throw new BusinessRuleException("curatorComment", decisionError);
      }
      calls.add("decide:" + DECISION.get(execution));
      execution.removeVariables(FORM_FIELDS);
    });
    Mocks.register("updateRequestDelegate", (JavaDelegate) execution -> calls.add("update"));
    Mocks.register("remindDirectorDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("requestPairSearchDelegate", (JavaDelegate) execution -> calls.add("search"));
    Mocks.register("requestTaskListener", (TaskListener) task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        calls.add("named:" + task.getTaskDefinitionKey());
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static String formRefOf(String taskId) {
    return taskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  private ProcessInstance file() {
    return runtimeService().startProcessInstanceByKey(ID, withVariables(INITIATOR.name(), "mentee1a",
        DIFFICULTIES.name(), "[\"ASSESSMENT\"]", DESIRED_FORM.name(), "TRADITIONAL"));
  }

  @Test
  void acceptedRequestGoesToTheBankOfMentees() {
    ProcessInstance instance = file();

    assertThat(instance).isWaitingAt("UserTask_ReviewRequest");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    assertThat(formRefOf(task(instance).getId())).isEqualTo("RequestReviewForm");
    assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys(DIFFICULTIES.name(), DESIRED_FORM.name());

    complete(task(instance), withVariables(DECISION.name(), ReviewDecision.ACCEPT.name()));

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAccepted");
    assertThat(calls).containsExactly("register", "named:UserTask_ReviewRequest", "decide:ACCEPT", "search");
  }

  @Test
  void reviewIsDueAtTheEndOfTheFifthWorkingDayAfterTheNewYearHolidays() {
    ProcessInstance instance = file();

    // 29, 30 December; 31 December and 1-10 January are holidays and weekends; then 11, 12, 13 January.
    OffsetDateTime expected = OffsetDateTime.of(2027, 1, 13, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5));
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(expected.toInstant()));
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(expected.toInstant()));
  }

  @Test
  void rejectedRequestEndsAsRejected() {
    ProcessInstance instance = file();

    complete(task(instance), withVariables(DECISION.name(), ReviewDecision.REJECT.name(), CURATOR_COMMENT.name(), "Не педагогический работник"));

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestRejected").hasNotPassed("EndEvent_RequestAccepted");
    assertThat(calls).doesNotContain("search");
  }

  @Test
  void returnedRequestIsCorrectedByTheMenteeAndReviewedAgain() {
    ProcessInstance instance = file();

    complete(task(instance), withVariables(DECISION.name(), ReviewDecision.CLARIFY.name(), CURATOR_COMMENT.name(), "Уточните предмет"));

    assertThat(instance).isWaitingAt("UserTask_ClarifyRequest");
    assertThat(task(instance)).isAssignedTo("mentee1a");
    assertThat(formRefOf(task(instance).getId())).isEqualTo("RequestClarificationForm");

    complete(task(instance), withVariables(SUBJECT.name(), "Математика", DIFFICULTIES.name(), "[\"ASSESSMENT\"]", DESIRED_FORM.name(), "GROUP"));

    assertThat(instance).isWaitingAt("UserTask_ReviewRequest");
    complete(task(instance), withVariables(DECISION.name(), ReviewDecision.ACCEPT.name()));
    assertThat(instance).isEnded().hasPassed("UserTask_ClarifyRequest", "EndEvent_RequestAccepted");
    assertThat(calls).containsExactly("register", "named:UserTask_ReviewRequest", "decide:CLARIFY",
        "named:UserTask_ClarifyRequest", "update", "named:UserTask_ReviewRequest", "decide:ACCEPT", "search");
  }

  @Test
  void lateReviewRemindsTheDirectorAndTheTaskStaysWithTheCurator() {
    ProcessInstance instance = file();
    ClockUtil.setCurrentTime(Date.from(FILED.plusDays(20).toInstant()));

    execute(job(instance));
    runAsyncSteps();

    assertThat(calls).contains("remind");
    assertThat(instance).hasPassed("EndEvent_DirectorReminded").isWaitingAt("UserTask_ReviewRequest");
    complete(task(instance), withVariables(DECISION.name(), ReviewDecision.ACCEPT.name()));
    assertThat(instance).isEnded();
  }

  @Test
  void aFailingReminderIsTriedFiveTimesFiveMinutesApartThenRaisesARussianIncidentAndTheRetryInCockpitSendsIt() {
    Mocks.register("remindDirectorDelegate", (JavaDelegate) execution -> {
      calls.add("remind");
      throw new IllegalStateException("SMTP-сервер не отвечает");
    });
    ProcessInstance instance = file();
    ClockUtil.setCurrentTime(Date.from(FILED.plusDays(20).toInstant()));
    execute(job(instance));
    Job send = managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("ServiceTask_RemindDirector").singleResult();
    assertThat(send).as("the reminder is its own step: the timer is done").isNotNull();

    for (int left = 4; left >= 0; left--) {
      Date now = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> managementService().executeJob(send.getId())).hasMessageContaining("SMTP-сервер не отвечает");
      Job failed = managementService().createJobQuery().jobId(send.getId()).singleResult();
      assertThat(failed.getRetries()).isEqualTo(left);
      assertThat(failed.getExceptionMessage()).isEqualTo("SMTP-сервер не отвечает");
      if (left > 0) {
        assertThat(failed.getDuedate()).as("R5/PT5M: the next attempt in five minutes").isEqualTo(new Date(now.getTime() + 5 * 60_000));
        assertThat(managementService().createJobQuery().jobId(send.getId()).executable().count()).isZero();
        ClockUtil.setCurrentTime(failed.getDuedate());
      }
    }

    assertThat(calls).filteredOn("remind"::equals).as("R5: five attempts in all").hasSize(5);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_RemindDirector");
    assertThat(incident.getIncidentMessage()).isEqualTo("Шаг «Напомнить руководителю» не выполнен после всех попыток: "
        + "SMTP-сервер не отвечает. Что делать: устраните причину (почтовый сервер, данные) и нажмите «Повторить» "
        + "в Cockpit (Incidents → Retry).");
    assertThat(managementService().getJobExceptionStacktrace(send.getId()))
        .as("the original exception stays on the job").contains("IllegalStateException: SMTP-сервер не отвечает");
    assertThat(instance).isWaitingAt("UserTask_ReviewRequest", "ServiceTask_RemindDirector");

    Mocks.register("remindDirectorDelegate", (JavaDelegate) execution -> calls.add("remind:sent"));
    managementService().setJobRetries(send.getId(), 1);
    execute(managementService().createJobQuery().jobId(send.getId()).singleResult());

    assertThat(calls).contains("remind:sent");
    assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(instance).hasPassed("EndEvent_DirectorReminded").isWaitingAt("UserTask_ReviewRequest");
  }

  @Test
  void reviewWithInvalidDecisionStaysOpenWithTheRussianMessage() {
    ProcessInstance instance = file();
    String taskId = task(instance).getId();
    decisionError = "Напишите, что нужно уточнить в запросе";

    assertThatThrownBy(() -> taskService().complete(taskId, Map.of(DECISION.name(), ReviewDecision.CLARIFY.name())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Напишите, что нужно уточнить в запросе");

    assertThat(instance).isWaitingAt("UserTask_ReviewRequest");
    assertThat(task(instance).getId()).isEqualTo(taskId);
    assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKey(DECISION.name());
  }
}
