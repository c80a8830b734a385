package ru.nastavnik.practice;

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
import static ru.nastavnik.practice.PracticeReviewProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/** Walks every path of PracticeReviewProcess on the in-memory engine, delegates mocked by name. */
@Deployment(resources = {"processes/PracticeReviewProcess.bpmn", "forms/PracticeReviewForm.form",
    "forms/PracticeRevisionForm.form"})
class PracticeReviewProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 23 November 2026, 09:00 in Khanty-Mansiysk (UTC+5). */
  private static final OffsetDateTime PROPOSED = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(5));

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(PROPOSED.toInstant()));
    Mocks.register("reviewPracticeDelegate", (JavaDelegate) execution -> {
      String decision = (String) execution.getVariable(PRACTICE_DECISION.name());
      if (!PracticeDecision.PUBLISH.name().equals(decision) && execution.getVariable(REVIEW_COMMENT.name()) == null) {
        throw new BusinessRuleException(REVIEW_COMMENT.name(), "Укажите причину отклонения практики");
      }
      calls.add("review:" + decision + ":" + execution.getVariable(TITLE.name()));
      execution.removeVariables(REVIEW_FIELDS);
    });
    Mocks.register("revisePracticeDelegate", (JavaDelegate) execution -> {
      calls.add("revise:" + execution.getVariable(TITLE.name()));
      execution.removeVariables(EDITABLE_FIELDS);
    });
    Mocks.register("remindPracticeReviewDelegate", (JavaDelegate) execution ->
        calls.add("remind:" + execution.getVariable(PRACTICE_ID.name())));
    Mocks.register("practiceTaskListener", (TaskListener) task -> calls.add(task.getEventName() + ":" + task.getTaskDefinitionKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static ProcessInstance propose() {
    return runtimeService().createMessageCorrelation(MESSAGE_PRACTICE_PROPOSED)
        .processInstanceBusinessKey("5")
        .setVariable(PRACTICE_ID.name(), 5L).setVariable(PROGRAM_ID.name(), 21L)
        .setVariable(ORGANIZATION_CODE.name(), "khm-sch1").setVariable(MUNICIPALITY_CODE.name(), "khm")
        .correlateStartMessage();
  }

  private static void decide(ProcessInstance instance, String decision, String comment) {
    assertThat(instance).isWaitingAt(TASK_REVIEW);
    complete(task(instance), withVariables(PRACTICE_DECISION.name(), decision, TITLE.name(), "Формирующее оценивание",
        REVIEW_COMMENT.name(), comment));
  }

  @Test
  void theCoordinatorPublishesTheProposedPractice() {
    ProcessInstance instance = propose();

    assertThat(instance).isWaitingAt(TASK_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("coordinators-khm");
    // Ten working days after Monday 23 November: Monday 7 December, end of day in UTC+5.
    assertThat(task(instance).getDueDate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 12, 7, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    decide(instance, PracticeDecision.PUBLISH.name(), null);

    assertThat(instance).isEnded().hasPassed("EndEvent_PracticePublished")
        .hasNotPassed(TASK_REVISE, "EndEvent_PracticeRejected");
    assertThat(calls).containsExactly("create:" + TASK_REVIEW, "complete:" + TASK_REVIEW,
        "review:PUBLISH:Формирующее оценивание");
    assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count()).isZero();
  }

  @Test
  void aReturnedPracticeIsRevisedByTheCuratorsAndReviewedAgain() {
    ProcessInstance instance = propose();
    decide(instance, PracticeDecision.RETURN.name(), "Добавьте описание итогового мероприятия");

    assertThat(instance).isWaitingAt(TASK_REVISE);
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    complete(task(instance), withVariables(TITLE.name(), "Формирующее оценивание на уроках математики"));
    assertThat(instance).isWaitingAt(TASK_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("coordinators-khm");
    decide(instance, PracticeDecision.PUBLISH.name(), null);

    assertThat(instance).isEnded().hasPassed(TASK_REVISE, "ServiceTask_RecordRevision", "EndEvent_PracticePublished");
    assertThat(calls).containsSubsequence("review:RETURN:Формирующее оценивание",
        "revise:Формирующее оценивание на уроках математики", "review:PUBLISH:Формирующее оценивание");
  }

  @Test
  void theCoordinatorRejectsThePracticeWithAReason() {
    ProcessInstance instance = propose();

    decide(instance, PracticeDecision.REJECT.name(), "Программа повторяет уже опубликованную практику");

    assertThat(instance).isEnded().hasPassed("EndEvent_PracticeRejected")
        .hasNotPassed("EndEvent_PracticePublished", TASK_REVISE);
  }

  @Test
  void aRejectionWithoutAReasonKeepsTheReviewOpen() {
    ProcessInstance instance = propose();
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, Map.of(PRACTICE_DECISION.name(), PracticeDecision.REJECT.name())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Укажите причину отклонения практики");
    assertThat(instance).isWaitingAt(TASK_REVIEW);
    assertThat(task(instance).getId()).isEqualTo(taskId);
    assertThat(calls).noneMatch(call -> call.startsWith("review:"));
  }

  @Test
  void aReviewLateByTenWorkingDaysRemindsTheCoordinatorsOnce() {
    ProcessInstance instance = propose();
    Job timer = job(instance);
    assertThat(timer.getDuedate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 12, 7, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    ClockUtil.setCurrentTime(Date.from(PROPOSED.plusDays(15).toInstant()));

    execute(timer);
    runAsyncSteps();

    assertThat(calls).contains("remind:5");
    assertThat(instance).hasPassed("ServiceTask_RemindCoordinators", "EndEvent_CoordinatorsReminded")
        .isWaitingAt(TASK_REVIEW);
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    decide(instance, PracticeDecision.PUBLISH.name(), null);
    assertThat(instance).isEnded().hasPassed("EndEvent_PracticePublished");
  }
}
