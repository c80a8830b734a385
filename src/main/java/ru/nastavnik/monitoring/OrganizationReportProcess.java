package ru.nastavnik.monitoring;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code OrganizationReportProcess}: one organization's report (the December
 * report or its self-diagnostics), its deadline and reminder, and the fields of its form.
 */
public final class OrganizationReportProcess {

  public static final String ID = "OrganizationReportProcess";

  public static final String START_REPORT_REQUESTED = "StartEvent_ReportRequested";
  public static final String TASK_FILE_REPORT = "UserTask_FileOrganizationReport";
  public static final String BOUNDARY_REMINDER_DUE = "BoundaryEvent_ReminderDue";
  public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
  public static final String TIMER_WEEK_LATER = "TimerEvent_WeekLater";
  public static final String SERVICE_RECORD_REPORT = "ServiceTask_RecordOrganizationReport";
  public static final String END_REPORT_FILED = "EndEvent_ReportFiled";

  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<Long> REPORT_ID = Variable.id("monitoringReportId");
  /** The deadline and the reminder, stored as {@link java.util.Date}s for the timers. */
  public static final Variable<Object> DUE_AT = Variable.raw("dueAt");
  public static final Variable<Object> REMINDER_AT = Variable.raw("reminderAt");

  /** Fields of the report form. */
  public static final Variable<String> REPORT_COMMENTS = Variable.text("reportComments");
  public static final Variable<String> REPORT_DIFFICULTIES = Variable.text("reportDifficulties");
  public static final Variable<String> REPORT_PLANS = Variable.text("reportPlans");
  public static final List<String> FORM_FIELDS = List.of(REPORT_COMMENTS.name(), REPORT_DIFFICULTIES.name(),
      REPORT_PLANS.name());

  /** The filed report's documents, attached to the (then ended) process instance. */
  public static final Variable<Object> REPORT_DOCX = Variable.raw("reportDocx");
  public static final Variable<Object> REPORT_XLSX = Variable.raw("reportXlsx");

  private OrganizationReportProcess() {}
}
