package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

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
    Mocks.register("recordOverdueMeasuresDelegate", (JavaDelegate) execution -> calls.add("measures:" + execution.getVariable(MEASURES)));
    Mocks.register("recordItemResultDelegate", (JavaDelegate) execution -> calls.add("result:" + execution.getVariable(DOCUMENT_KIND)));
    Mocks.register("scheduleOccurrenceDelegate", (JavaDelegate) execution -> {
      calls.add("schedule:" + execution.getVariable(PLANNED_DATE));
      Map<String, Object> timeline = new HashMap<>();
      timeline.put(DUE_AT, date(DUE));
      timeline.put(FIRST_REMINDER_AT, date(WEEK_BEFORE));
      timeline.put(LAST_REMINDER_AT, date(DAY_BEFORE));
      timeline.put(RELEVANT_AT, date(START.plusDays(5)));
      execution.setVariables(timeline);
      execution.setVariable(DATE_KNOWN, true);
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
    Map<String, Object> variables = new HashMap<>();
    variables.put(OCCURRENCE_ID, 5L);
    variables.put(ROADMAP_ID, 1L);
    variables.put(ORGANIZATION_CODE, "khm-sch1");
    variables.put(RESPONSIBLE_GROUP, "curators-khm-sch1");
    variables.put(ESCALATION_GROUP, "directors-khm-sch1");
    variables.put(DATE_KNOWN, dateKnown);
    if (dateKnown) {
      variables.put(DUE_AT, date(DUE));
      variables.put(FIRST_REMINDER_AT, date(WEEK_BEFORE));
      variables.put(LAST_REMINDER_AT, date(DAY_BEFORE));
      variables.put(RELEVANT_AT, date(START));
    }
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, "5", variables);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
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
    RoadmapExecutionService service = Mockito.mock(RoadmapExecutionService.class);
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
  void doneInTimeTheItemEndsWithoutRemindersOrEscalation() {
    ProcessInstance instance = startOccurrence(true);

    complete(task(instance), withVariables(DOCUMENT_KIND, "ORDER", DOCUMENT_NUMBER, "12-о", DOCUMENT_DATE, "2026-11-20"));

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
    complete(second, withVariables(MEASURES, "Куратору поручено подготовить приказ до пятницы"));
    assertThat(instance).isWaitingAt("TimerEvent_NextWeek", "UserTask_CompleteItem");
    fire(timer(instance, "TimerEvent_NextWeek"));
    assertThat(calls).endsWith("measures:Куратору поручено подготовить приказ до пятницы", "escalate");
    assertThat(controlTask(instance)).isNotNull();

    // Completing late is allowed: everything else of the occurrence ends with it.
    complete(itemTask(instance), withVariables(DOCUMENT_KIND, "ORDER", DOCUMENT_NUMBER, "15-о", DOCUMENT_DATE, "2026-12-30"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ItemDone");
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(calls).endsWith("result:ORDER");
  }

  @Test
  void completingWhileTheNextWeeklyEscalationIsAwaitedEndsTheEscalation() {
    ProcessInstance instance = startOccurrence(true);
    fire(timer(instance, "BoundaryEvent_DeadlinePassed"));
    complete(controlTask(instance), withVariables(MEASURES, "Проведено совещание"));

    complete(itemTask(instance), withVariables(DOCUMENT_KIND, "CERTIFICATE", DOCUMENT_NUMBER, "7", DOCUMENT_DATE, "2026-12-20"));

    assertThat(instance).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void anOnDemandItemFirstAsksTheResponsibleForTheDateThenRunsAsADatedItem() {
    ProcessInstance instance = startOccurrence(false);

    assertThat(instance).isWaitingAt("UserTask_SetDate");
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    assertThat(task(instance).getDueDate()).as("ten working days to set it").isNotNull();
    complete(task(instance), withVariables(PLANNED_DATE, "2026-12-15"));

    assertThat(instance).isWaitingAt("TimerEvent_UntilRelevant");
    Job relevant = timer(instance, "TimerEvent_UntilRelevant");
    assertThat(relevant.getDuedate()).isEqualTo(date(START.plusDays(5)));
    fire(relevant);

    assertThat(instance).isWaitingAt("UserTask_CompleteItem");
    assertThat(task(instance).getDueDate()).isEqualTo(date(DUE));
    assertThat(calls).containsExactly("schedule:2026-12-15");
  }
}
