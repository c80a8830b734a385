package ru.nastavnik.program;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;

/** Walks every path of MentoringProgramProcess on the in-memory engine, delegates mocked by name. */
@Deployment(resources = {"processes/MentoringProgramProcess.bpmn", "forms/ProgramDraftForm.form",
    "forms/ProgramReviewForm.form", "forms/SelfAssessmentForm.form", "forms/HoldMeetingForm.form",
    "forms/MeetingFeedbackForm.form", "forms/ProgramReportForm.form", "forms/ProgramAssessmentForm.form",
    "forms/RewardDecisionForm.form"})
class MentoringProgramProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 5 October 2026, 10:00 in Khanty-Mansiysk. */
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 10, 5, 10, 0, 0, 0, ZoneOffset.ofHours(5));
  private static final List<Long> MEETINGS = List.of(101L, 102L, 103L);
  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
  /** The end of a day in Khanty-Mansiysk. */
  private static Date endOf(int year, int month, int day) {
    return Date.from(OffsetDateTime.of(year, month, day, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant());
  }

  /** The mentor records the current meeting as held on {@code heldOn}. */
  private static void hold(ProcessInstance instance, String heldOn) {
    complete(task(instance), withVariables(MEETING_OUTCOME.name(), MeetingOutcome.HELD.name(), HELD_ON.name(), heldOn,
        MEETING_NOTES.name(), "Обсудили план урока"));
  }

  private final List<String> calls = new ArrayList<>();

  private static String author(DelegateExecution execution) {
    return execution.getVariable(AUTHOR.name()) + ":" + execution.getVariable(MEETING_ID.name());
  }

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    Mocks.register("createProgramDelegate", (JavaDelegate) execution -> {
      calls.add("create");
      execution.setVariable(PROGRAM_ID.name(), 21L);
    });
    Mocks.register("submitProgramDelegate", (JavaDelegate) execution -> {
      calls.add("submit");
      execution.removeVariables(PROGRAM_FIELDS);
    });
    Mocks.register("reviewProgramDelegate", (JavaDelegate) execution -> {
      boolean approved = ProgramDecision.APPROVE.name().equals(execution.getVariable(PROGRAM_DECISION.name()));
      calls.add(approved ? "approve" : "return");
      execution.setVariable(PROGRAM_APPROVED.name(), approved);
      if (approved) {
        execution.setVariable(MEETING_IDS.name(), Variables.objectValue(new ArrayList<>(MEETINGS))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      }
    });
    Mocks.register("recordSurveyDelegate", (JavaDelegate) execution -> calls.add("survey:" + execution.getVariable(SURVEY.name())));
    // As the real delegate: a held meeting's feedback is due by the rule, counted from the date it was held.
    Mocks.register("recordMeetingDelegate", (JavaDelegate) execution -> {
      boolean held = !MeetingOutcome.CANCELLED.name().equals(execution.getVariable(MEETING_OUTCOME.name()));
      calls.add((held ? "meeting:" : "cancel:") + execution.getVariable(MEETING_ID.name()));
      Object heldOn = execution.getVariable(HELD_ON.name());
      execution.removeVariables(MEETING_FIELDS);
      execution.setVariableLocal(MEETING_HELD.name(), held);
      if (held) {
        Instant due = FeedbackDeadline.due(LocalDate.parse((String) heldOn), ZONE);
        execution.setVariableLocal(FEEDBACK_DUE.name(), Date.from(due));
        execution.setVariableLocal(FEEDBACK_ESCALATION.name(), Date.from(FeedbackDeadline.escalation(due, ZONE)));
      }
    });
    Mocks.register("recordFeedbackDelegate", (JavaDelegate) execution -> calls.add("feedback:" + author(execution)));
    Mocks.register("remindFeedbackDelegate", (JavaDelegate) execution -> calls.add("remind:" + author(execution)));
    Mocks.register("escalateFeedbackDelegate", (JavaDelegate) execution -> calls.add("escalate:" + author(execution)));
    Mocks.register("recordReportDelegate", (JavaDelegate) execution -> calls.add("report:" + execution.getVariable(AUTHOR.name())));
    Mocks.register("recordAssessmentDelegate", (JavaDelegate) execution -> {
      boolean reward = Boolean.TRUE.equals(execution.getVariable(REWARD_PROPOSED.name()));
      boolean practice = Boolean.TRUE.equals(execution.getVariable(GOOD_PRACTICE.name()));
      calls.add(reward ? "assess:reward" : "assess");
      execution.removeVariables(ASSESSMENT_FIELDS);
      execution.setVariable(REWARD_PROPOSED.name(), reward);
      execution.setVariable(GOOD_PRACTICE.name(), practice);
    });
    Mocks.register("recordRewardDecisionDelegate", (JavaDelegate) execution ->
        calls.add("reward:" + execution.getVariable(REWARD_DECISION.name())));
    Mocks.register("completeProgramDelegate", (JavaDelegate) execution -> calls.add("complete"));
    Mocks.register("proposePracticeDelegate", (JavaDelegate) execution ->
        calls.add("proposePractice:" + execution.getVariable(PROGRAM_ID.name())));
    Mocks.register("endProgramEarlyDelegate", (JavaDelegate) execution -> {
      calls.add("endEarly:" + execution.getVariable(END_REASON.name()));
      execution.removeVariables(List.of(END_REASON.name(), ENDED_BY.name()));
    });
    Mocks.register("requestPairSearchDelegate", (JavaDelegate) execution ->
        calls.add("searchAgain:" + execution.getVariable(REQUEST_ID.name())));
    Mocks.register("programTaskListener", (TaskListener) task -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance activatePair() {
    return runtimeService().createMessageCorrelation(MESSAGE_PAIR_ACTIVATED)
        .processInstanceBusinessKey("11")
        .setVariable(PAIR_ID.name(), 11L).setVariable(REQUEST_ID.name(), 7L).setVariable(ORGANIZATION_CODE.name(), "khm-sch1")
        .setVariable(MENTOR_LOGIN.name(), "mentor1a").setVariable(MENTEE_LOGIN.name(), "mentee1a")
        .correlateStartMessage();
  }

  private static void submitProgram(ProcessInstance instance) {
    complete(task(instance), withVariables(GOALS.name(), "Освоить формирующее оценивание", DURATION_MONTHS.name(), 6));
  }

  private static void review(ProcessInstance instance, String decision) {
    assertThat(instance).isWaitingAt("UserTask_ReviewProgram");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    complete(task(instance), withVariables(PROGRAM_DECISION.name(), decision, REVIEW_COMMENT.name(), "Уточните даты"));
  }

  /** From the director's order to the first meeting, the program approved at once. */
  private ProcessInstance startMeetings() {
    ProcessInstance instance = activatePair();
    execute(job(instance));
    submitProgram(instance);
    review(instance, ProgramDecision.APPROVE.name());
    complete(task(instance), withVariables("score_ASSESSMENT", 4));
    return instance;
  }

  /** Mentor and mentee tasks are assigned to them; the curator may complete them on their behalf. */
  private static void assertAssignedWithCurators(Task task, String login) {
    assertThat(task).isAssignedTo(login);
    assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("curators-khm-sch1"));
  }

  private static Task feedbackTask(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The mentor holds the current meeting; both sides give feedback. */
  private static void holdMeetingWithFeedback(ProcessInstance instance, long meetingId) {
    assertThat(instance).isWaitingAt("UserTask_HoldMeeting");
    assertAssignedWithCurators(task(instance), "mentor1a");
    assertThat(runtimeService().getVariable(task(instance).getExecutionId(), MEETING_ID.name())).isEqualTo(meetingId);
    hold(instance, "2026-10-05");
    complete(feedbackTask(instance, "UserTask_MenteeFeedback"), withVariables(FEEDBACK_RATING.name(), 9));
    complete(feedbackTask(instance, "UserTask_MentorFeedback"), withVariables(FEEDBACK_RATING.name(), 8));
  }

  private ProcessInstance reachAssessment() {
    ProcessInstance instance = startMeetings();
    MEETINGS.forEach(id -> holdMeetingWithFeedback(instance, id));
    assertThat(instance).isWaitingAt("UserTask_FinalSurvey");
    assertThat(task(instance)).isAssignedTo("mentee1a");
    complete(task(instance), withVariables("score_ASSESSMENT", 8));
    assertThat(instance).isWaitingAt("UserTask_MentorReport", "UserTask_MenteeReport");
    complete(feedbackTask(instance, "UserTask_MenteeReport"), withVariables(REFLECTION.name(), "…", REPORT.name(), "…"));
    assertThat(instance).isWaitingAt("UserTask_MentorReport");
    complete(feedbackTask(instance, "UserTask_MentorReport"), withVariables(REFLECTION.name(), "…", REPORT.name(), "…"));
    assertThat(instance).isWaitingAt("UserTask_AssessProgram");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    return instance;
  }

  private static List<Job> timers(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
        .list();
  }

  private static void endEarly(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(MESSAGE_PAIR_ENDED_EARLY).processInstanceBusinessKey("11")
        .setVariable(END_REASON.name(), "Наставник уволился").setVariable(ENDED_BY.name(), "curator1").correlate();
  }

  private static void assertEndedEarly(ProcessInstance instance) {
    assertThat(instance).isEnded().hasPassed("ServiceTask_EndProgramEarly", "ServiceTask_RestartPairSearch",
        "EndEvent_ProgramEndedEarly").hasNotPassed("EndEvent_ProgramCompleted");
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theMentorDraftsTheProgramTheCuratorReturnsItAndApprovesTheCorrection() {
    ProcessInstance instance = activatePair();
    assertThat(instance).isWaitingAt("ServiceTask_CreateProgram");
    execute(job(instance));

    assertThat(instance).isWaitingAt("UserTask_DraftProgram");
    assertAssignedWithCurators(task(instance), "mentor1a");
    // 10 working days after Monday 5 October 2026: Monday 19 October, end of day in UTC+5.
    assertThat(task(instance).getDueDate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 10, 19, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    submitProgram(instance);
    review(instance, ProgramDecision.RETURN.name());

    assertThat(instance).isWaitingAt("UserTask_CorrectProgram");
    assertAssignedWithCurators(task(instance), "mentor1a");
    submitProgram(instance);
    review(instance, ProgramDecision.APPROVE.name());

    assertThat(instance).isWaitingAt("UserTask_EntrySurvey");
    assertAssignedWithCurators(task(instance), "mentee1a");
    assertThat(instance).variables().doesNotContainKeys(GOALS.name(), DURATION_MONTHS.name());
    assertThat(calls).containsExactly("create", "submit", "return", "submit", "approve");
  }

  @Test
  void meetingsFollowThePlanInOrderAndEachWaitsForTheFeedbackOfBothSides() {
    ProcessInstance instance = startMeetings();
    assertThat(calls).endsWith("survey:ENTRY");

    holdMeetingWithFeedback(instance, 101L);
    assertThat(instance).isWaitingAt("UserTask_HoldMeeting");
    // Feedback given in the other order: the meeting still waits for both.
    hold(instance, "2026-10-05");
    assertThat(instance).isWaitingAt("UserTask_MenteeFeedback", "UserTask_MentorFeedback");
    assertAssignedWithCurators(feedbackTask(instance, "UserTask_MenteeFeedback"), "mentee1a");
    assertAssignedWithCurators(feedbackTask(instance, "UserTask_MentorFeedback"), "mentor1a");
    complete(feedbackTask(instance, "UserTask_MentorFeedback"), withVariables(FEEDBACK_RATING.name(), 7));
    assertThat(instance).isWaitingAt("UserTask_MenteeFeedback").isNotWaitingAt("UserTask_HoldMeeting");
    complete(feedbackTask(instance, "UserTask_MenteeFeedback"), withVariables(FEEDBACK_RATING.name(), 10));
    holdMeetingWithFeedback(instance, 103L);

    assertThat(instance).isWaitingAt("UserTask_FinalSurvey");
    assertThat(calls).containsSubsequence("meeting:101", "feedback:MENTEE:101", "feedback:MENTOR:101", "meeting:102",
        "feedback:MENTOR:102", "feedback:MENTEE:102", "meeting:103", "feedback:MENTEE:103", "feedback:MENTOR:103");
    assertThat(calls).noneMatch(call -> call.startsWith("remind") || call.startsWith("escalate"));
  }

  @Test
  void feedbackGivenOnTimeCancelsItsReminderAndEscalation() {
    ProcessInstance instance = startMeetings();
    hold(instance, "2026-10-05");

    List<Job> timers = timers(instance);
    assertThat(timers).hasSize(4);
    // Held on Monday 5 October 2026: both feedback tasks are due at the end of the third working day after it,
    // Thursday 8 October; the reminder comes then, the escalation two working days later (Monday 12 October).
    Date due = endOf(2026, 10, 8);
    assertThat(feedbackTask(instance, "UserTask_MenteeFeedback").getDueDate()).isEqualTo(due);
    assertThat(feedbackTask(instance, "UserTask_MentorFeedback").getDueDate()).isEqualTo(due);
    assertThat(timers).extracting(Job::getDuedate).containsExactly(due, due, endOf(2026, 10, 12), endOf(2026, 10, 12));

    complete(feedbackTask(instance, "UserTask_MenteeFeedback"), withVariables(FEEDBACK_RATING.name(), 9));
    complete(feedbackTask(instance, "UserTask_MentorFeedback"), withVariables(FEEDBACK_RATING.name(), 9));

    assertThat(timers(instance)).isEmpty();
    assertThat(instance).isWaitingAt("UserTask_HoldMeeting");
  }

  @Test
  void feedbackOnAMeetingHeldOnThursdayEveningIsDueAtTheEndOfAWorkingDayNotOnSunday() {
    ProcessInstance instance = startMeetings();
    // Thursday 3 December 2026, 20:38 in Khanty-Mansiysk: 72 hours later would be Sunday 20:38.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.of(2026, 12, 3, 20, 38, 0, 0, ZoneOffset.ofHours(5)).toInstant()));
    complete(task(instance), withVariables(MEETING_OUTCOME.name(), MeetingOutcome.HELD.name(), HELD_ON.name(), "2026-12-03", MEETING_NOTES.name(), "Разбор открытого урока"));

    // Friday 4, Monday 7, Tuesday 8 December: due at the end of Tuesday; missed at the end of Thursday 10 December.
    Date due = endOf(2026, 12, 8);
    assertThat(feedbackTask(instance, "UserTask_MenteeFeedback").getDueDate()).isEqualTo(due);
    assertThat(feedbackTask(instance, "UserTask_MentorFeedback").getDueDate()).isEqualTo(due);
    assertThat(timers(instance)).extracting(Job::getDuedate)
        .containsExactly(due, due, endOf(2026, 12, 10), endOf(2026, 12, 10));
    for (Job timer : timers(instance)) {
      ClockUtil.setCurrentTime(timer.getDuedate());
      execute(timer);
      runAsyncSteps();
    }
    assertThat(calls).containsSubsequence("remind:MENTEE:101", "escalate:MENTEE:101")
        .containsSubsequence("remind:MENTOR:101", "escalate:MENTOR:101");
    assertThat(timers(instance)).as("each fires once").isEmpty();
    assertThat(managementService().createJobQuery().withException().count()).isZero();
  }

  @Test
  void lateFeedbackIsRemindedThenEscalatedToTheCuratorAndCanStillBeGiven() {
    ProcessInstance instance = startMeetings();
    hold(instance, "2026-10-05");
    complete(feedbackTask(instance, "UserTask_MentorFeedback"), withVariables(FEEDBACK_RATING.name(), 9));

    List<Job> timers = timers(instance);
    assertThat(timers).hasSize(2);
    ClockUtil.setCurrentTime(timers.get(0).getDuedate());
    execute(timers.get(0));
    runAsyncSteps();
    assertThat(instance).hasPassed("EndEvent_MenteeFeedbackReminded").isWaitingAt("UserTask_MenteeFeedback");
    ClockUtil.setCurrentTime(timers.get(1).getDuedate());
    execute(timers.get(1));
    runAsyncSteps();
    assertThat(instance).hasPassed("EndEvent_MenteeFeedbackMissed").isWaitingAt("UserTask_MenteeFeedback");
    assertThat(timers(instance)).isEmpty();

    complete(feedbackTask(instance, "UserTask_MenteeFeedback"), withVariables(FEEDBACK_RATING.name(), 6));

    assertThat(instance).isWaitingAt("UserTask_HoldMeeting");
    assertThat(runtimeService().getVariable(task(instance).getExecutionId(), MEETING_ID.name())).isEqualTo(102L);
    assertThat(calls).containsSubsequence("meeting:101", "feedback:MENTOR:101", "remind:MENTEE:101",
        "escalate:MENTEE:101", "feedback:MENTEE:101");
  }

  @Test
  void theMentorsLateFeedbackIsEscalatedTheSameWay() {
    ProcessInstance instance = startMeetings();
    hold(instance, "2026-10-05");
    complete(feedbackTask(instance, "UserTask_MenteeFeedback"), withVariables(FEEDBACK_RATING.name(), 9));

    for (Job timer : timers(instance)) {
      ClockUtil.setCurrentTime(timer.getDuedate());
      execute(timer);
      runAsyncSteps();
    }
    complete(feedbackTask(instance, "UserTask_MentorFeedback"), withVariables(FEEDBACK_RATING.name(), 5));

    assertThat(instance).hasPassed("EndEvent_MentorFeedbackReminded", "EndEvent_MentorFeedbackMissed")
        .isWaitingAt("UserTask_HoldMeeting");
    assertThat(calls).containsSubsequence("remind:MENTOR:101", "escalate:MENTOR:101", "feedback:MENTOR:101");
  }

  @Test
  void feedbackIsDueFromTheDayTheMeetingWasHeldNotFromWhenItWasRecorded() {
    ProcessInstance instance = startMeetings();
    // Recorded on Tuesday 3 November 2026 for a meeting held on Friday 30 October: 2, 3 and (after the
    // holiday of 4 November) 5 November are the three working days.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant()));
    hold(instance, "2026-10-30");

    assertThat(feedbackTask(instance, "UserTask_MentorFeedback").getDueDate()).isEqualTo(endOf(2026, 11, 5));
    assertThat(timers(instance)).extracting(Job::getDuedate)
        .containsExactly(endOf(2026, 11, 5), endOf(2026, 11, 5), endOf(2026, 11, 9), endOf(2026, 11, 9));
  }

  @Test
  void aCancelledMeetingOwesNoFeedbackAndThePlanGoesOn() {
    ProcessInstance instance = startMeetings();
    holdMeetingWithFeedback(instance, 101L);

    complete(task(instance), withVariables(MEETING_OUTCOME.name(), MeetingOutcome.CANCELLED.name(), CANCEL_REASON.name(), "Наставляемый заболел"));

    assertThat(instance).hasPassed("EndEvent_MeetingCancelled").isWaitingAt("UserTask_HoldMeeting")
        .isNotWaitingAt("UserTask_MenteeFeedback", "UserTask_MentorFeedback");
    assertThat(runtimeService().getVariable(task(instance).getExecutionId(), MEETING_ID.name())).isEqualTo(103L);
    assertThat(timers(instance)).isEmpty();
    assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys(MEETING_OUTCOME.name(), CANCEL_REASON.name(),
        MEETING_HELD.name(), FEEDBACK_DUE.name());
    holdMeetingWithFeedback(instance, 103L);
    assertThat(instance).isWaitingAt("UserTask_FinalSurvey");
    assertThat(calls).containsSubsequence("meeting:101", "cancel:102", "meeting:103")
        .doesNotContain("feedback:MENTOR:102", "feedback:MENTEE:102");
  }

  @Test
  void completionWithARewardProposalGoesToTheDirectorBeforeThePairIsCompleted() {
    ProcessInstance instance = reachAssessment();

    complete(task(instance), withVariables(REWARD_PROPOSED.name(), true, GOOD_PRACTICE.name(), true));
    assertThat(instance).isWaitingAt("UserTask_DecideReward");
    assertThat(task(instance)).hasCandidateGroup("directors-khm-sch1");
    complete(task(instance), withVariables(REWARD_DECISION.name(), RewardDecision.APPROVE.name()));

    assertThat(instance).isEnded().hasPassed("ServiceTask_ProposePractice", "EndEvent_ProgramCompleted");
    assertThat(calls).endsWith("survey:FINAL", "report:MENTEE", "report:MENTOR", "assess:reward", "reward:APPROVE",
        "complete", "proposePractice:21");
  }

  @Test
  void completionWithoutARewardProposalEndsAfterTheCuratorsAssessment() {
    ProcessInstance instance = reachAssessment();

    complete(task(instance), withVariables(REWARD_PROPOSED.name(), false));

    assertThat(instance).isEnded().hasPassed("EndEvent_ProgramCompleted")
        .hasNotPassed("UserTask_DecideReward", "ServiceTask_ProposePractice");
    assertThat(calls).endsWith("assess", "complete");
  }

  @Test
  void aCompletedProgramFlaggedAsAGoodPracticeIsProposedToTheBank() {
    ProcessInstance instance = reachAssessment();

    complete(task(instance), withVariables(REWARD_PROPOSED.name(), false, GOOD_PRACTICE.name(), true));

    assertThat(instance).isEnded().hasPassed("Gateway_PracticeProposed", "ServiceTask_ProposePractice",
        "EndEvent_ProgramCompleted").hasNotPassed("UserTask_DecideReward");
    assertThat(calls).endsWith("assess", "complete", "proposePractice:21");
  }

  @Test
  void anEarlyEndBeforeTheProgramIsCreatedCancelsItsCreation() {
    ProcessInstance instance = activatePair();

    endEarly(instance);

    assertEndedEarly(instance);
    assertThat(calls).containsExactly("endEarly:Наставник уволился", "searchAgain:7");
  }

  @Test
  void anEarlyEndWhileTheProgramIsDraftedStopsItAndRestartsTheSearch() {
    ProcessInstance instance = activatePair();
    execute(job(instance));
    submitProgram(instance);
    assertThat(instance).isWaitingAt("UserTask_ReviewProgram");

    endEarly(instance);

    assertEndedEarly(instance);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(calls).containsExactly("create", "submit", "endEarly:Наставник уволился", "searchAgain:7");
  }

  @Test
  void anEarlyEndDuringAMeetingCancelsThePendingFeedbackAndItsTimers() {
    ProcessInstance instance = startMeetings();
    holdMeetingWithFeedback(instance, 101L);
    hold(instance, "2026-10-05");
    assertThat(timers(instance)).hasSize(4);

    endEarly(instance);

    assertEndedEarly(instance);
    assertThat(calls).endsWith("meeting:102", "endEarly:Наставник уволился", "searchAgain:7");
  }

  @Test
  void anEarlyEndDuringCompletionStopsTheReports() {
    ProcessInstance instance = startMeetings();
    MEETINGS.forEach(id -> holdMeetingWithFeedback(instance, id));
    complete(task(instance), withVariables("score_ASSESSMENT", 8));
    assertThat(instance).isWaitingAt("UserTask_MentorReport", "UserTask_MenteeReport");

    endEarly(instance);

    assertEndedEarly(instance);
    assertThat(calls).endsWith("survey:FINAL", "endEarly:Наставник уволился", "searchAgain:7").doesNotContain("complete");
  }
}
