package ru.nastavnik.roadmap;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import ru.nastavnik.ProcessTestEngine;

/**
 * Walks every path of RoadmapItemProcess (one occurrence of a roadmap item) on the in-memory
 * engine, moving the clock through the reminders, the deadline, the escalation and its weekly
 * repeat, up to a late completion.
 */
@Deployment(resources = {"processes/RoadmapItemProcess.bpmn", "forms/RoadmapItemResultForm.form",
    "forms/RoadmapSetDateForm.form", "forms/RoadmapOverdueForm.form"})
class RoadmapItemProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final ZoneOffset KHM = ZoneOffset.ofHours(5);
  /** Sunday 15 November 2026, 10:00 in Khanty-Mansiysk: the task becomes relevant a month before its date. */
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 15, 10, 0, 0, 0, KHM);
  /** «до 15 декабря»: the end of that day, local time. */
  private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 12, 15, 23, 59, 59, 999_999_999, KHM);
  private static final OffsetDateTime WEEK_BEFORE = OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, KHM);
  private static final OffsetDateTime DAY_BEFORE = OffsetDateTime.of(2026, 12, 14, 9, 0, 0, 0, KHM);

  private final List<String> calls = new ArrayList<>();
  /** Whether the responsible has set the on-demand item's date (what the escalation of a missing date checks). */
  private boolean scheduled;

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(date(START));
    Mocks.register("roadmapItemTaskListener", (TaskListener) task -> task.setName(task.getName() + " — 1.1. Приказ о наставничестве"));
    Mocks.register("remindResponsibleDelegate", (JavaDelegate) execution ->
        calls.add(RemindResponsibleDelegate.reminderOf(execution) == RemindResponsibleDelegate.Reminder.DAY_BEFORE
            ? "remind:1" : "remind:7"));
    Mocks.register("markOccurrenceOverdueDelegate", (JavaDelegate) execution -> calls.add("overdue"));
    Mocks.register("escalateOccurrenceDelegate", (JavaDelegate) execution -> calls.add("escalate"));
    Mocks.register("recordOverdueMeasuresDelegate", (JavaDelegate) execution -> calls.add("measures:" + execution.getVariable(MEASURES.name())));
    Mocks.register("recordItemResultDelegate", (JavaDelegate) execution -> calls.add("result:" + execution.getVariable(DOCUMENT_KIND.name())));
    Mocks.register("recordItemFactDelegate", (JavaDelegate) execution -> calls.add("fact"));
    Mocks.register("remindSetDateDelegate", (JavaDelegate) execution -> calls.add("remind:date"));
    Mocks.register("escalateUnscheduledDelegate", (JavaDelegate) execution -> {
      calls.add(scheduled ? "escalate:date set" : "escalate:no date");
      execution.setVariable(AWAITING_DATE.name(), !scheduled);
    });
    Mocks.register("scheduleOccurrenceDelegate", (JavaDelegate) execution -> {
      scheduled = true;
      calls.add("schedule:" + execution.getVariable(PLANNED_DATE.name()));
      Map<String, Object> timeline = new HashMap<>();
      timeline.put(DUE_AT.name(), date(DUE));
      timeline.put(FIRST_REMINDER_AT.name(), date(WEEK_BEFORE));
      timeline.put(LAST_REMINDER_AT.name(), date(DAY_BEFORE));
      timeline.put(RELEVANT_AT.name(), date(START.plusDays(5)));
      execution.setVariables(timeline);
      execution.setVariable(DATE_KNOWN.name(), true);
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }

  private ProcessInstance startOccurrence(boolean dateKnown) {
    return startOccurrence(dateKnown, false);
  }

  private ProcessInstance startOccurrence(boolean dateKnown, boolean closedByFact) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CLOSED_BY_FACT.name(), closedByFact);
    variables.put(OCCURRENCE_ID.name(), 5L);
    variables.put(ROADMAP_ID.name(), 1L);
    variables.put(ORGANIZATION_CODE.name(), "khm-sch1");
    variables.put(RESPONSIBLE_GROUP.name(), "curators-khm-sch1");
    variables.put(ESCALATION_GROUP.name(), "directors-khm-sch1");
    variables.put(DATE_KNOWN.name(), dateKnown);
    if (dateKnown) {
      variables.put(DUE_AT.name(), date(DUE));
      variables.put(FIRST_REMINDER_AT.name(), date(WEEK_BEFORE));
      variables.put(LAST_REMINDER_AT.name(), date(DAY_BEFORE));
      variables.put(RELEVANT_AT.name(), date(START));
    }
    return runtimeService().startProcessInstanceByKey(ID, "5", variables);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
    runAsyncSteps();
  }

  private Task controlTask(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_ControlOverdue").singleResult();
  }

  private Task itemTask(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_CompleteItem").singleResult();
  }

  @Test
  void theResponsibleGetsATaskDueAtTheEndOfTheDeadlineDayWithAFollowUpAWeekBefore() {
    ProcessInstance instance = startOccurrence(true);

    assertThat(instance).isWaitingAt("UserTask_CompleteItem");
    Task task = task(instance);
    assertThat(task).hasCandidateGroup("curators-khm-sch1");
    assertThat(task.getName()).isEqualTo("Исполнить мероприятие — 1.1. Приказ о наставничестве");
    assertThat(task.getDueDate()).isEqualTo(date(DUE));
    assertThat(task.getFollowUpDate()).isEqualTo(date(WEEK_BEFORE));
    assertThat(timer(instance, "BoundaryEvent_WeekBefore").getDuedate()).isEqualTo(date(WEEK_BEFORE));
    assertThat(timer(instance, "BoundaryEvent_DayBefore").getDuedate()).isEqualTo(date(DAY_BEFORE));
    assertThat(timer(instance, "BoundaryEvent_DeadlinePassed").getDuedate()).isEqualTo(date(DUE));
  }

  @Test
  void theLastReminderMovesTheTasksFollowUpDateToItsOwnMoment() {
    RoadmapNotices service = Mockito.mock(RoadmapNotices.class);
    Mockito.when(service.remind(Mockito.anyLong(), Mockito.anyBoolean(), Mockito.any())).thenReturn(true);
    Mocks.register("remindResponsibleDelegate", new RemindResponsibleDelegate(service));
    ProcessInstance instance = startOccurrence(true);

    fire(timer(instance, "BoundaryEvent_WeekBefore"));
    assertThat(itemTask(instance).getFollowUpDate()).isEqualTo(date(WEEK_BEFORE));
    fire(timer(instance, "BoundaryEvent_DayBefore"));

    assertThat(itemTask(instance).getFollowUpDate()).as("«На контроле» shows the last reminder").isEqualTo(date(DAY_BEFORE));
    Mockito.verify(service).remind(5L, false, WEEK_BEFORE.toInstant());
    Mockito.verify(service).remind(5L, true, DAY_BEFORE.toInstant());
    assertThat(instance).isWaitingAt("UserTask_CompleteItem");
  }

  @Test
  void aLastReminderThatWasNotSentLeavesTheFollowUpDateAlone() {
    RoadmapNotices service = Mockito.mock(RoadmapNotices.class);
    Mockito.when(service.remind(Mockito.anyLong(), Mockito.anyBoolean(), Mockito.any())).thenReturn(false);
    Mocks.register("remindResponsibleDelegate", new RemindResponsibleDelegate(service));
    ProcessInstance instance = startOccurrence(true);

    fire(timer(instance, "BoundaryEvent_DayBefore"));

    Mockito.verify(service).remind(5L, true, DAY_BEFORE.toInstant());
    assertThat(itemTask(instance).getFollowUpDate()).as("no letter, so «На контроле» keeps its date").isEqualTo(date(WEEK_BEFORE));
    assertThat(instance).isWaitingAt("UserTask_CompleteItem");
  }

  private void factRecorded(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(MESSAGE_FACT_RECORDED).processInstanceId(instance.getId()).correlate();
  }

  @Test
  void anItemLinkedToAFactAsksNobodyAndClosesItselfWhenTheSystemRecordsIt() {
    ProcessInstance instance = startOccurrence(true, true);

    assertThat(instance).isWaitingAt("ReceiveTask_AwaitFact").hasPassed("Gateway_ClosedByFact");
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("no task for what the system records").isZero();

    factRecorded(instance);
    assertThat(instance).isEnded().hasPassed("ServiceTask_RecordFact", "EndEvent_FactDone").hasNotPassed("UserTask_CompleteItem");
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(calls).containsExactly("fact");
  }

  @Test
  void aLinkedItemWhoseFactIsLateIsRemindedThenEscalatedWeeklyUntilTheFactClosesIt() {
    ProcessInstance instance = startOccurrence(true, true);

    fire(timer(instance, "BoundaryEvent_FactWeekBefore"));
    fire(timer(instance, "BoundaryEvent_FactDayBefore"));
    assertThat(calls).containsExactly("remind:7", "remind:1");
    assertThat(instance).isWaitingAt("ReceiveTask_AwaitFact");

    fire(timer(instance, "BoundaryEvent_FactDeadlinePassed"));
    assertThat(calls).containsExactly("remind:7", "remind:1", "overdue", "escalate");
    assertThat(controlTask(instance)).isNotNull().hasCandidateGroup("directors-khm-sch1");
    fire(timer(instance, "BoundaryEvent_EscalationRepeats"));
    assertThat(calls).endsWith("overdue", "escalate", "escalate");

    factRecorded(instance);
    assertThat(instance).isEnded().hasPassed("ServiceTask_RecordFact");
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("the director's task ends with it").isZero();
    assertThat(calls).endsWith("fact");
  }

  @Test
  void anOnDemandLinkedItemWaitsForItsFactOnceItsDateIsSet() {
    ProcessInstance instance = startOccurrence(false, true);
    complete(task(instance), withVariables(PLANNED_DATE.name(), "2026-12-15"));
    fire(timer(instance, "TimerEvent_UntilRelevant"));

    assertThat(instance).isWaitingAt("ReceiveTask_AwaitFact");
    factRecorded(instance);
    assertThat(instance).isEnded().hasPassed("ServiceTask_ScheduleOccurrence", "ServiceTask_RecordFact");
  }

  @Test
  void doneInTimeTheItemEndsWithoutRemindersOrEscalation() {
    ProcessInstance instance = startOccurrence(true);

    complete(task(instance), withVariables(DOCUMENT_KIND.name(), "ORDER", DOCUMENT_NUMBER.name(), "12-о", DOCUMENT_DATE.name(), "2026-11-20"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_RecordResult", "EndEvent_ItemDone");
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(calls).containsExactly("result:ORDER");
  }

  @Test
  void remindersComeAWeekAndADayBeforeTheDeadlineThenTheDirectorIsEscalatedToWeeklyUntilTheLateCompletion() {
    ProcessInstance instance = startOccurrence(true);

    fire(timer(instance, "BoundaryEvent_WeekBefore"));
    fire(timer(instance, "BoundaryEvent_DayBefore"));
    assertThat(instance).isWaitingAt("UserTask_CompleteItem").hasPassed("EndEvent_WeekReminderSent", "EndEvent_DayReminderSent");
    assertThat(calls).containsExactly("remind:7", "remind:1");

    // The deadline passes with the task open: overdue, the director gets a task and an e-mail.
    fire(timer(instance, "BoundaryEvent_DeadlinePassed"));
    assertThat(calls).containsExactly("remind:7", "remind:1", "overdue", "escalate");
    Task control = controlTask(instance);
    assertThat(control).isNotNull().hasCandidateGroup("directors-khm-sch1");
    assertThat(itemTask(instance)).as("the item's own task stays open").isNotNull();

    // A week without the director's answer: a new escalation replaces the first one.
    Job repeat = timer(instance, "BoundaryEvent_EscalationRepeats");
    assertThat(repeat.getDuedate()).isEqualTo(date(DUE.plusDays(7)));
    fire(repeat);
    assertThat(calls).containsExactly("remind:7", "remind:1", "overdue", "escalate", "escalate");
    Task second = controlTask(instance);
    assertThat(second.getId()).isNotEqualTo(control.getId());

    // The director records the measures; a week later, still overdue, the escalation comes again.
    complete(second, withVariables(MEASURES.name(), "Куратору поручено подготовить приказ до пятницы"));
    assertThat(instance).isWaitingAt("TimerEvent_NextWeek", "UserTask_CompleteItem");
    fire(timer(instance, "TimerEvent_NextWeek"));
    assertThat(calls).endsWith("measures:Куратору поручено подготовить приказ до пятницы", "escalate");
    assertThat(controlTask(instance)).isNotNull();

    // Completing late is allowed: everything else of the occurrence ends with it.
    complete(itemTask(instance), withVariables(DOCUMENT_KIND.name(), "ORDER", DOCUMENT_NUMBER.name(), "15-о", DOCUMENT_DATE.name(), "2026-12-30"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ItemDone");
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(calls).endsWith("result:ORDER");
  }

  @Test
  void theDeadlineTimersAndTheEscalationLetterOutrankTheRemindersWhenAllAreDueAtOnce() {
    ProcessInstance instance = startOccurrence(true);
    ProcessInstance linked = startOccurrence(true, true);

    assertThat(timer(instance, "BoundaryEvent_DeadlinePassed").getPriority()).isEqualTo(ESCALATION_JOB_PRIORITY);
    assertThat(timer(linked, "BoundaryEvent_FactDeadlinePassed").getPriority()).isEqualTo(ESCALATION_JOB_PRIORITY);
    for (String reminder : List.of("BoundaryEvent_WeekBefore", "BoundaryEvent_DayBefore")) {
      assertThat(timer(instance, reminder).getPriority()).as(reminder).isZero();
    }
    for (String reminder : List.of("BoundaryEvent_FactWeekBefore", "BoundaryEvent_FactDayBefore")) {
      assertThat(timer(linked, reminder).getPriority()).as(reminder).isZero();
    }

    // Everything due at once: the deadline's timer leaves the letter to a job of the same rank.
    ClockUtil.setCurrentTime(date(DUE.plusDays(1)));
    execute(timer(instance, "BoundaryEvent_DeadlinePassed"));
    Job letter = timer(instance, "ServiceTask_Escalate");
    assertThat(letter.getPriority()).isEqualTo(ESCALATION_JOB_PRIORITY);
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
        .priorityHigherThanOrEquals(ESCALATION_JOB_PRIORITY).list()).extracting(Job::getId).containsExactly(letter.getId());
  }

  @Test
  void completingWhileTheNextWeeklyEscalationIsAwaitedEndsTheEscalation() {
    ProcessInstance instance = startOccurrence(true);
    fire(timer(instance, "BoundaryEvent_DeadlinePassed"));
    complete(controlTask(instance), withVariables(MEASURES.name(), "Проведено совещание"));

    complete(itemTask(instance), withVariables(DOCUMENT_KIND.name(), "CERTIFICATE", DOCUMENT_NUMBER.name(), "7", DOCUMENT_DATE.name(), "2026-12-20"));

    assertThat(instance).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void anOnDemandItemFirstAsksTheResponsibleForTheDateThenRunsAsADatedItem() {
    ProcessInstance instance = startOccurrence(false);

    assertThat(instance).isWaitingAt("UserTask_SetDate");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    assertThat(task(instance).getDueDate()).as("ten working days to set it").isNotNull();
    complete(task(instance), withVariables(PLANNED_DATE.name(), "2026-12-15"));

    assertThat(instance).isWaitingAt("TimerEvent_UntilRelevant");
    Job relevant = timer(instance, "TimerEvent_UntilRelevant");
    assertThat(relevant.getDuedate()).isEqualTo(date(START.plusDays(5)));
    fire(relevant);

    assertThat(instance).isWaitingAt("UserTask_CompleteItem");
    assertThat(task(instance).getDueDate()).isEqualTo(date(DUE));
    assertThat(calls).containsExactly("schedule:2026-12-15");
  }

  /** The end of a local day in Khanty-Mansiysk. */
  private static Date endOf(int month, int day) {
    return date(OffsetDateTime.of(2026, month, day, 23, 59, 59, 999_999_999, KHM));
  }

  @Test
  void anOnDemandItemWithoutADateIsRemindedAfterTwoWeeksThenTheDirectorHearsWeeklyUntilTheDateIsSet() {
    ProcessInstance instance = startOccurrence(false);

    // Fourteen days from Sunday 15 November end on Sunday 29 November, not a working day: Monday 30 November.
    Job twoWeeks = timer(instance, "BoundaryEvent_DateNotSet");
    assertThat(twoWeeks.getDuedate()).isEqualTo(endOf(11, 30));
    fire(twoWeeks);
    assertThat(calls).containsExactly("remind:date");
    assertThat(instance).isWaitingAt("UserTask_SetDate", "TimerEvent_WeekWithoutDate");
    assertThat(task(instance)).as("the responsible's task stays open").hasCandidateGroup("curators-khm-sch1");

    // A week later, and every week while the date is not set, the one above hears of it.
    Job firstWeek = timer(instance, "TimerEvent_WeekWithoutDate");
    assertThat(firstWeek.getDuedate()).isEqualTo(endOf(12, 7));
    fire(firstWeek);
    Job secondWeek = timer(instance, "TimerEvent_WeekWithoutDate");
    assertThat(secondWeek.getDuedate()).isEqualTo(endOf(12, 14));
    fire(secondWeek);
    assertThat(calls).containsExactly("remind:date", "escalate:no date", "escalate:no date");
    assertThat(instance).isWaitingAt("UserTask_SetDate", "TimerEvent_WeekWithoutDate");

    // The date is set: the item runs as a dated one, and the weekly letters stop at their next turn.
    complete(task(instance), withVariables(PLANNED_DATE.name(), "2026-12-28"));
    assertThat(timer(instance, "BoundaryEvent_DateNotSet")).isNull();
    fire(timer(instance, "TimerEvent_WeekWithoutDate"));
    assertThat(calls).endsWith("schedule:2026-12-28", "escalate:date set");
    assertThat(instance).hasPassed("EndEvent_DateSetMeanwhile");
    assertThat(timer(instance, "TimerEvent_WeekWithoutDate")).isNull();
    assertThat(timer(instance, "TimerEvent_UntilRelevant")).as("the dated part goes on").isNotNull();
  }

  @Test
  void anOnDemandItemWhoseDateIsSetInTimeGetsNoReminder() {
    ProcessInstance instance = startOccurrence(false);
    assertThat(timer(instance, "BoundaryEvent_DateNotSet")).isNotNull();

    complete(task(instance), withVariables(PLANNED_DATE.name(), "2026-12-15"));

    assertThat(timer(instance, "BoundaryEvent_DateNotSet")).as("the timer goes with the task").isNull();
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).list())
        .extracting(Job::getDuedate).containsExactly(date(START.plusDays(5)));
    assertThat(calls).containsExactly("schedule:2026-12-15");
  }
}
