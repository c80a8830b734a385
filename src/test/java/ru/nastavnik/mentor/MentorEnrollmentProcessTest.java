package ru.nastavnik.mentor;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.mentor.MentorEnrollmentProcess.*;

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

/** Walks every path of MentorEnrollmentProcess on the in-memory engine, delegates mocked by name. */
@Deployment(resources = {"processes/MentorEnrollmentProcess.bpmn", "forms/MentorQuestionnaireForm.form",
    "forms/MentorQuestionnaireReviewForm.form"})
class MentorEnrollmentProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 23 November 2026, 09:00 in Khanty-Mansiysk (UTC+5). */
  private static final OffsetDateTime FILED = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(5));

  private final List<String> calls = new ArrayList<>();
  private boolean refuseDecision;

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(FILED.toInstant()));
    Mocks.register("registerQuestionnaireDelegate", (JavaDelegate) execution -> {
      calls.add("register");
      execution.removeVariables(FORM_FIELDS);
      execution.setVariable(MENTOR_PROFILE_ID.name(), 3L);
      execution.setVariable(ORGANIZATION_CODE.name(), "khm-sch2");
    });
    Mocks.register("applyQuestionnaireDecisionDelegate", (JavaDelegate) execution -> {
      if (refuseDecision) {
        throw new BusinessRuleException("curatorComment", "Укажите причину отклонения анкеты");
      }
      calls.add("decide:" + execution.getVariable(DECISION.name()));
    });
    Mocks.register("remindDirectorOfQuestionnaireDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("questionnaireTaskListener", (TaskListener) task -> calls.add("named"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance fileQuestionnaire() {
    return runtimeService().startProcessInstanceByKey(ID, withVariables(INITIATOR.name(), "mentor2a",
        COMPETENCIES.name(), "[\"ASSESSMENT\"]", CAPACITY.name(), 2L, CONSENT_PERSONAL_DATA.name(), true, CONSENT_MENTORING_DUTIES.name(), true));
  }

  @Test
  void approvedQuestionnairePutsTheMentorInTheBank() {
    ProcessInstance instance = fileQuestionnaire();

    assertThat(instance).isWaitingAt("UserTask_ReviewQuestionnaire");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch2");
    // Five working days after Monday 23 November: Monday 30 November, end of day in UTC+5.
    assertThat(task(instance).getDueDate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 11, 30, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    complete(task(instance), withVariables(DECISION.name(), QuestionnaireDecision.APPROVE.name()));

    assertThat(instance).isEnded().hasPassed("EndEvent_MentorInBank");
    assertThat(calls).containsExactly("register", "named", "decide:APPROVE");
  }

  @Test
  void declinedQuestionnaireEndsAsDeclined() {
    ProcessInstance instance = fileQuestionnaire();

    complete(task(instance), withVariables(DECISION.name(), QuestionnaireDecision.DECLINE.name(), CURATOR_COMMENT.name(), "Стаж меньше года"));

    assertThat(instance).isEnded().hasPassed("EndEvent_QuestionnaireDeclined");
  }

  @Test
  void lateReviewRemindsTheDirector() {
    ProcessInstance instance = fileQuestionnaire();
    ClockUtil.setCurrentTime(Date.from(FILED.plusDays(8).toInstant()));

    execute(job(instance));
    runAsyncSteps();

    assertThat(calls).contains("remind");
    assertThat(instance).hasPassed("EndEvent_QuestionnaireDirectorReminded").isWaitingAt("UserTask_ReviewQuestionnaire");
  }

  @Test
  void declineWithoutAReasonKeepsTheReviewOpen() {
    ProcessInstance instance = fileQuestionnaire();
    String taskId = task(instance).getId();
    refuseDecision = true;

    assertThatThrownBy(() -> taskService().complete(taskId, Map.of(DECISION.name(), QuestionnaireDecision.DECLINE.name())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Укажите причину отклонения анкеты");
    assertThat(instance).isWaitingAt("UserTask_ReviewQuestionnaire");
  }
}
