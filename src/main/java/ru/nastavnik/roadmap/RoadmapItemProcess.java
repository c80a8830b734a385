package ru.nastavnik.roadmap;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code RoadmapItemProcess} (one occurrence of a roadmap item): its id, the
 * message that ends it, its activities and typed variables. Form fields are removed once read.
 */
public final class RoadmapItemProcess {

  public static final String ID = "RoadmapItemProcess";
  /** Ends a running occurrence when its roadmap's period is over (correlated by {@link #ROADMAP_ID}). */
  public static final String MESSAGE_ROADMAP_CLOSED = "RoadmapClosed";
  /**
   * The fact an item is linked to is recorded (correlated by the process instance, see
   * {@link FactWatcher}): an interrupting event sub-process ends the wait and any escalation.
   */
  public static final String MESSAGE_FACT_RECORDED = "FactRecorded";
  /**
   * Job priority ({@code camunda:jobPriority}) of the deadline timers and of the escalation letter:
   * when many deadlines pass at once (after downtime, or one item for every school), the job
   * executor, acquiring by priority, creates the escalations before the reminders that are now
   * too late anyway. Other jobs have the default priority 0.
   */
  public static final long ESCALATION_JOB_PRIORITY = 10;

  public static final String START_OCCURRENCE_RELEVANT = "StartEvent_OccurrenceRelevant";
  public static final String GATEWAY_DATE_KNOWN = "Gateway_DateKnown";
  public static final String TASK_SET_DATE = "UserTask_SetDate";
  public static final String SERVICE_SCHEDULE_OCCURRENCE = "ServiceTask_ScheduleOccurrence";
  public static final String BOUNDARY_DATE_NOT_SET = "BoundaryEvent_DateNotSet";
  public static final String SERVICE_REMIND_SET_DATE = "ServiceTask_RemindSetDate";
  public static final String TIMER_WEEK_WITHOUT_DATE = "TimerEvent_WeekWithoutDate";
  public static final String SERVICE_ESCALATE_UNSCHEDULED = "ServiceTask_EscalateUnscheduled";
  public static final String GATEWAY_STILL_WITHOUT_DATE = "Gateway_StillWithoutDate";
  public static final String END_DATE_SET_MEANWHILE = "EndEvent_DateSetMeanwhile";
  public static final String TIMER_UNTIL_RELEVANT = "TimerEvent_UntilRelevant";
  public static final String GATEWAY_CLOSED_BY_FACT = "Gateway_ClosedByFact";
  public static final String TASK_COMPLETE_ITEM = "UserTask_CompleteItem";
  public static final String RECEIVE_AWAIT_FACT = "ReceiveTask_AwaitFact";
  public static final String BOUNDARY_FACT_WEEK_BEFORE = "BoundaryEvent_FactWeekBefore";
  public static final String BOUNDARY_FACT_DAY_BEFORE = "BoundaryEvent_FactDayBefore";
  public static final String BOUNDARY_FACT_DEADLINE_PASSED = "BoundaryEvent_FactDeadlinePassed";
  public static final String SUBPROCESS_FACT_RECORDED = "SubProcess_FactRecorded";
  public static final String START_FACT_RECORDED = "StartEvent_FactRecorded";
  public static final String SERVICE_RECORD_FACT = "ServiceTask_RecordFact";
  public static final String END_FACT_DONE = "EndEvent_FactDone";
  public static final String BOUNDARY_WEEK_BEFORE = "BoundaryEvent_WeekBefore";
  public static final String BOUNDARY_DAY_BEFORE = "BoundaryEvent_DayBefore";
  public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
  public static final String SERVICE_REMIND_WEEK_BEFORE = "ServiceTask_RemindWeekBefore";
  public static final String END_WEEK_REMINDER_SENT = "EndEvent_WeekReminderSent";
  public static final String SERVICE_REMIND_DAY_BEFORE = "ServiceTask_RemindDayBefore";
  public static final String END_DAY_REMINDER_SENT = "EndEvent_DayReminderSent";
  public static final String SERVICE_MARK_OVERDUE = "ServiceTask_MarkOverdue";
  public static final String SERVICE_ESCALATE = "ServiceTask_Escalate";
  public static final String TASK_CONTROL_OVERDUE = "UserTask_ControlOverdue";
  public static final String BOUNDARY_ESCALATION_REPEATS = "BoundaryEvent_EscalationRepeats";
  public static final String SERVICE_RECORD_MEASURES = "ServiceTask_RecordMeasures";
  public static final String TIMER_NEXT_WEEK = "TimerEvent_NextWeek";
  public static final String SERVICE_RECORD_RESULT = "ServiceTask_RecordResult";
  public static final String END_ITEM_DONE = "EndEvent_ItemDone";
  public static final String SUBPROCESS_ROADMAP_CLOSED = "SubProcess_RoadmapClosed";
  public static final String START_ROADMAP_CLOSED = "StartEvent_RoadmapClosed";
  public static final String END_OCCURRENCE_CLOSED = "EndEvent_OccurrenceClosed";

  public static final Variable<Long> OCCURRENCE_ID = Variable.id("occurrenceId");
  public static final Variable<Long> ROADMAP_ID = Variable.id("roadmapId");
  /** The responsible organization: its time zone counts the working days, its municipality may watch. */
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<String> RESPONSIBLE_GROUP = Variable.text("responsibleGroup");
  public static final Variable<String> ESCALATION_GROUP = Variable.text("escalationGroup");

  /** Routing: the item is linked to a fact the system records — no task, the fact closes it. */
  public static final Variable<Boolean> CLOSED_BY_FACT = Variable.flag("closedByFact");
  /** Routing: false for an on-demand item until the responsible sets the date. */
  public static final Variable<Boolean> DATE_KNOWN = Variable.flag("dateKnown");
  /** Routing of the weekly reminder to the one above: the on-demand item's date is still not set. */
  public static final Variable<Boolean> AWAITING_DATE = Variable.flag("awaitingDate");
  /** Timer and task dates (java.util.Date). */
  public static final Variable<Object> DUE_AT = Variable.raw("dueAt");
  public static final Variable<Object> FIRST_REMINDER_AT = Variable.raw("firstReminderAt");
  public static final Variable<Object> LAST_REMINDER_AT = Variable.raw("lastReminderAt");
  public static final Variable<Object> RELEVANT_AT = Variable.raw("relevantAt");

  /** Input parameter of the reminder service tasks: {@code WEEK_BEFORE} or {@code DAY_BEFORE}. */
  public static final Variable<Object> REMINDER = Variable.raw("reminder");

  /** Form fields, removed once read (as the form sent them: {@link RoadmapForms} reads them). */
  public static final Variable<Object> PLANNED_DATE = Variable.raw("plannedDate");
  public static final Variable<Object> DOCUMENT_KIND = Variable.raw("documentKind");
  public static final Variable<Object> DOCUMENT_NUMBER = Variable.raw("documentNumber");
  public static final Variable<Object> DOCUMENT_DATE = Variable.raw("documentDate");
  public static final Variable<Object> DOCUMENT_LINK = Variable.raw("documentLink");
  public static final Variable<Object> INDICATOR_VALUE = Variable.raw("indicatorValue");
  public static final Variable<Object> COMMENT = Variable.raw("comment");
  public static final Variable<Object> MEASURES = Variable.raw("measures");
  public static final List<String> RESULT_FIELDS = List.of(DOCUMENT_KIND.name(), DOCUMENT_NUMBER.name(),
      DOCUMENT_DATE.name(), DOCUMENT_LINK.name(), INDICATOR_VALUE.name(), COMMENT.name());

  /** Task-local, for display. */
  public static final Variable<String> ITEM_SUMMARY = Variable.text("itemSummary");
  public static final Variable<Boolean> ASK_VALUE = Variable.flag("askValue");
  public static final Variable<Boolean> CHECK_IN = Variable.flag("checkIn");

  private RoadmapItemProcess() {}
}
