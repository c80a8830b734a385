package ru.nastavnik.pair;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.pair.PairFormationProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/** Walks every path of PairFormationProcess on the in-memory engine, delegates mocked by name. */
@Deployment(resources = {"processes/PairFormationProcess.bpmn", "forms/ChooseMentorForm.form", "forms/ConfirmPairForm.form",
    "forms/IssueOrderForm.form", "forms/RecordSupportForm.form"})
class PairFormationProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 5 October 2026, 10:00 in Khanty-Mansiysk. */
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 10, 5, 10, 0, 0, 0, ZoneOffset.ofHours(5));

  private final List<String> calls = new ArrayList<>();
  /** The mentor's e-mail invitations: pair id and the deadline they carry. */
  private final List<String> invitations = new ArrayList<>();
  /** What each search finds, in order: candidates, academic year over. */
  private final Deque<SearchOutcome> searches = new ArrayDeque<>();

  /** The answer delegate, told by its service task whose answer it records. */
  private void recordAnswer(DelegateExecution execution) {
    boolean accepted = "true".equals(String.valueOf(execution.getVariable(ACCEPTED.name())));
    String side = RecordPairAnswerDelegate.sideOf(execution).name().toLowerCase(Locale.ROOT);
    calls.add(side + (accepted ? ":yes" : ":no"));
    execution.setVariable(ACCEPTED.name(), accepted);
  }

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    Mocks.register("findCandidatesDelegate", (JavaDelegate) execution -> {
      SearchOutcome outcome = searches.isEmpty() ? new SearchOutcome(2, false, false) : searches.poll();
      boolean supportGiven = Boolean.TRUE.equals(execution.getVariable(SUPPORT_RECORDED.name()));
      calls.add("search:" + outcome.candidates());
      execution.setVariable(CANDIDATES_FOUND.name(), outcome.found());
      execution.setVariable(ACADEMIC_YEAR_OVER.name(), outcome.academicYearOver());
      execution.setVariable(SUPPORT_RECORDED.name(), outcome.supportRecorded() || supportGiven);
    });
    Mocks.register("proposePairDelegate", (JavaDelegate) execution -> {
      boolean chosen = !"NONE".equals(execution.getVariable(MENTOR_PROFILE_ID.name()));
      calls.add(chosen ? "propose" : "none");
      execution.setVariable(MENTOR_CHOSEN.name(), chosen);
      if (chosen) {
        execution.setVariable(PAIR_ID.name(), 11L);
        execution.setVariable(MENTOR_LOGIN.name(), "mentor1a");
      }
    });
    Mocks.register("recordPairAnswerDelegate", (JavaDelegate) this::recordAnswer);
    Mocks.register("remindMentorDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("markMentorSilentDelegate", (JavaDelegate) execution -> calls.add("silent"));
    Mocks.register("recordSupportDelegate", (JavaDelegate) execution -> {
      calls.add("support");
      execution.setVariable(SUPPORT_RECORDED.name(), true);
    });
    Mocks.register("activatePairDelegate", (JavaDelegate) execution -> calls.add("activate"));
    Mocks.register("pairTaskListener", (TaskListener) task -> { });
    Mocks.register("mentorInvitationListener", (TaskListener) task ->
        invitations.add(task.getVariable(PAIR_ID.name()) + "@" + task.getDueDate().toInstant()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance requestSearch() {
    ProcessInstance instance = runtimeService().createMessageCorrelation(MESSAGE_PAIR_SEARCH_REQUESTED)
        .processInstanceBusinessKey("7")
        .setVariable(REQUEST_ID.name(), 7L).setVariable(ORGANIZATION_CODE.name(), "khm-sch1").setVariable(MENTEE_LOGIN.name(), "mentee1a")
        .correlateStartMessage();
    execute(job(instance));
    return instance;
  }

  private void agreeAndIssueOrder(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("UserTask_MentorConfirms");
    assertThat(task(instance)).isAssignedTo("mentor1a");
    // The curator may record a paper answer on the mentor's behalf.
    assertThat(taskService().getIdentityLinksForTask(task(instance).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("curators-khm-sch1"));
    complete(task(instance), withVariables(ACCEPTED.name(), "true"));
    assertThat(instance).isWaitingAt("UserTask_MenteeConfirms");
    assertThat(task(instance)).isAssignedTo("mentee1a");
    complete(task(instance), withVariables(ACCEPTED.name(), "true"));
    assertThat(instance).isWaitingAt("UserTask_IssueOrder");
    assertThat(task(instance)).hasCandidateGroup("directors-khm-sch1");
    complete(task(instance), withVariables(ORDER_NUMBER.name(), "45-о", ORDER_DATE.name(), "2026-10-08"));
    assertThat(instance).isEnded().hasPassed("EndEvent_PairFormed");
  }

  @Test
  void theCuratorChoosesAMentorBothAgreeAndTheDirectorIssuesTheOrder() {
    ProcessInstance instance = requestSearch();

    assertThat(instance).isWaitingAt("UserTask_ChooseMentor");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "3"));
    agreeAndIssueOrder(instance);

    assertThat(calls).containsExactly("search:2", "propose", "mentor:yes", "mentee:yes", "activate");
    assertThat(invitations).containsExactly("11@2026-10-12T18:59:59.999Z");
  }

  @Test
  void withoutCandidatesTheCuratorRecordsSupportAndTheSearchRepeatsAfterFourteenDays() {
    searches.add(new SearchOutcome(0, false, false));
    searches.add(new SearchOutcome(0, false, true));
    searches.add(new SearchOutcome(1, false, true));
    ProcessInstance instance = requestSearch();

    assertThat(instance).isWaitingAt("UserTask_RecordSupport");
    complete(task(instance), withVariables(SUPPORT_NOTE.name(), "Консультации педагога-психолога"));
    assertThat(instance).isWaitingAt("TimerEvent_RetrySearch");
    Job timer = job(instance);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plusDays(14).toInstant()));

    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    execute(job(instance));
    // The second search finds nobody again: support goes on, the timer is set once more.
    assertThat(instance).isWaitingAt("TimerEvent_RetrySearch");
    execute(job(instance));
    execute(job(instance));

    assertThat(instance).isWaitingAt("UserTask_ChooseMentor");
    assertThat(calls).containsExactly("search:0", "support", "search:0", "search:1");
  }

  @Test
  void theSearchStopsWhenTheAcademicYearIsOver() {
    searches.add(new SearchOutcome(0, true, true));

    ProcessInstance instance = requestSearch();

    assertThat(instance).isEnded().hasPassed("EndEvent_NoMentorThisYear");
  }

  @Test
  void noSuitableMentorAmongTheCandidatesLeadsToSupport() {
    ProcessInstance instance = requestSearch();

    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), MentorChoice.NONE));

    assertThat(instance).isWaitingAt("UserTask_RecordSupport");
    assertThat(calls).containsExactly("search:2", "none");
  }

  @Test
  void aSilentMentorIsRemindedAfterFiveWorkingDaysAndReplacedAfterTen() {
    ProcessInstance instance = requestSearch();
    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "3"));

    List<Job> timers = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).hasSize(2);
    // 5 and 10 working days after Monday 5 October 2026: 12 and 19 October, end of day in UTC+5.
    assertThat(timers.get(0).getDuedate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 10, 12, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    assertThat(timers.get(1).getDuedate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 10, 19, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));

    execute(timers.get(0));
    runAsyncSteps();
    assertThat(instance).isWaitingAt("UserTask_MentorConfirms").hasPassed("EndEvent_MentorReminded");
    execute(timers.get(1));
    execute(job(instance));

    assertThat(instance).hasPassed("ServiceTask_MarkMentorSilent").isWaitingAt("UserTask_ChooseMentor");
    assertThat(calls).containsExactly("search:2", "propose", "remind", "silent", "search:2");
    assertThat(invitations).as("the reminder is not a second invitation").hasSize(1);
  }

  @Test
  void theMentorIsInvitedWhenProposedWithTheTasksDeadlineAndOnlyThen() {
    ProcessInstance instance = requestSearch();
    assertThat(invitations).isEmpty();

    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "3"));

    // The invitation carries the due date of the mentor's task: 5 working days, Monday 12 October, end of day in UTC+5.
    assertThat(task(instance).getDueDate()).isEqualTo(
        Date.from(OffsetDateTime.of(2026, 10, 12, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant()));
    assertThat(invitations).containsExactly("11@2026-10-12T18:59:59.999Z");
    complete(task(instance), withVariables(ACCEPTED.name(), "true"));
    assertThat(invitations).as("the mentee's task sends none").hasSize(1);
  }

  @Test
  void aRefusalOfEitherSideSendsTheCuratorBackToTheCandidates() {
    ProcessInstance instance = requestSearch();
    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "3"));
    complete(task(instance), withVariables(ACCEPTED.name(), "false", COMMENT.name(), "Большая нагрузка"));
    execute(job(instance));
    assertThat(instance).isWaitingAt("UserTask_ChooseMentor");

    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "4"));
    complete(task(instance), withVariables(ACCEPTED.name(), "true"));
    complete(task(instance), withVariables(ACCEPTED.name(), "false", COMMENT.name(), "Хочу наставника по предмету"));
    execute(job(instance));
    assertThat(instance).isWaitingAt("UserTask_ChooseMentor");

    complete(task(instance), withVariables(MENTOR_PROFILE_ID.name(), "5"));
    agreeAndIssueOrder(instance);
    assertThat(calls).containsExactly("search:2", "propose", "mentor:no", "search:2", "propose", "mentor:yes", "mentee:no",
        "search:2", "propose", "mentor:yes", "mentee:yes", "activate");
  }

  @Test
  void aWaitingRequestJoinsTheGroupOfAMentorChosenForAnotherRequest() {
    ProcessInstance instance = requestSearch();
    assertThat(instance).isWaitingAt("UserTask_ChooseMentor");

    runtimeService().createMessageCorrelation(MESSAGE_MENTOR_GROUP_CHOSEN).processInstanceBusinessKey("7")
        .setVariable(MENTOR_PROFILE_ID.name(), "3").setVariable(GROUP_LEAD_PAIR_ID.name(), 10L).correlate();

    assertThat(instance).hasPassed("BoundaryEvent_JoinedGroup", "ServiceTask_ProposePair").isWaitingAt("UserTask_MentorConfirms");
    assertThat(calls).containsExactly("search:2", "propose");
  }
}
