package ru.nastavnik.monitoring;

import java.util.Date;
import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code AnnualMonitoringProcess}: its id, activities, start message and typed
 * variables — the campaign, the year's dates for the timers and the fields of its forms (read by
 * the delegates, then removed).
 */
public final class AnnualMonitoringProcess {

  public static final String ID = "AnnualMonitoringProcess";

  public static final String MESSAGE_YEAR_OPENED = "MonitoringYearOpened";

  public static final String START_YEAR_OPENED = "StartEvent_MonitoringYearOpened";
  public static final String TIMER_ORG_REPORTS_OPEN = "TimerEvent_OrgReportsOpen";
  public static final String TIMER_ORG_REPORTS_DUE = "TimerEvent_OrgReportsDue";
  public static final String TASK_COMPILE_MUNICIPAL_REPORT = "UserTask_CompileMunicipalReport";
  public static final String BOUNDARY_ANALYTIC_REPORT_DUE = "BoundaryEvent_AnalyticReportDue";
  public static final String TASK_REVIEW_MUNICIPAL_REPORT = "UserTask_ReviewMunicipalReport";
  public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
  public static final String TIMER_PROGRAM_ASSESSMENT = "TimerEvent_ProgramAssessment";
  public static final String TASK_ASSESS_PROGRAMS = "UserTask_AssessPrograms";
  public static final String BOUNDARY_PROGRAM_ASSESSMENT_DUE = "BoundaryEvent_ProgramAssessmentDue";
  public static final String TIMER_JUNE_STAGES = "TimerEvent_JuneStages";
  public static final String SERVICE_REQUEST_SELF_DIAGNOSTICS = "ServiceTask_RequestSelfDiagnostics";
  public static final String TASK_SELF_DIAGNOSTICS = "UserTask_SelfDiagnostics";
  public static final String BOUNDARY_SELF_DIAGNOSTICS_DUE = "BoundaryEvent_SelfDiagnosticsDue";
  public static final String TASK_MONITOR_EFFECTIVENESS = "UserTask_MonitorEffectiveness";
  public static final String BOUNDARY_EFFECTIVENESS_DUE = "BoundaryEvent_EffectivenessDue";
  public static final String TASK_REVIEW_MANAGEMENT_DECISIONS = "UserTask_ReviewManagementDecisions";
  public static final String BOUNDARY_MANAGEMENT_DECISIONS_DUE = "BoundaryEvent_ManagementDecisionsDue";
  public static final String SERVICE_CLOSE_YEAR = "ServiceTask_CloseMonitoringYear";
  public static final String END_YEAR_CLOSED = "EndEvent_MonitoringYearClosed";

  /** The methodical centre's code: working-day deadlines and Cockpit visibility go by an organization. */
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<Long> CAMPAIGN_ID = Variable.id("monitoringCampaignId");
  public static final Variable<String> MUNICIPALITY_CODE = Variable.text("municipalityCode");
  public static final Variable<Long> MUNICIPAL_REPORT_ID = Variable.id("municipalReportId");
  /** The department's decision as the gateway routes on it. */
  public static final Variable<Boolean> REPORT_ACCEPTED = Variable.flag("reportAccepted");
  /** Local input of the stage service tasks: which {@link ReportKind} they record, request or escalate. */
  public static final Variable<String> STAGE_KIND = Variable.text("stageKind");

  /** The year's dates for the timers, stored as {@link Date}s (set by the planning task). */
  public static final Variable<Object> ORG_REPORTS_OPEN_AT = Variable.raw("orgReportsOpenAt");
  public static final Variable<Object> ORG_REPORTS_DUE_AT = Variable.raw("orgReportsDueAt");
  public static final Variable<Object> ANALYTIC_REPORT_DUE_AT = Variable.raw("analyticReportDueAt");
  public static final Variable<Object> ASSESSMENT_OPEN_AT = Variable.raw("assessmentOpenAt");
  public static final Variable<Object> ASSESSMENT_DUE_AT = Variable.raw("assessmentDueAt");
  public static final Variable<Object> JUNE_STAGES_OPEN_AT = Variable.raw("juneStagesOpenAt");
  public static final Variable<Object> EFFECTIVENESS_DUE_AT = Variable.raw("effectivenessDueAt");
  public static final Variable<Object> DECISIONS_DUE_AT = Variable.raw("decisionsDueAt");

  /** Read-only text of every monitoring task (task-local): the figures and the download links. */
  public static final Variable<String> REPORT_TEXT = Variable.text("reportText");

  /** Fields of the monitoring forms. */
  public static final Variable<String> REPORT_CONCLUSIONS = Variable.text("reportConclusions");
  /** The department's decision, a {@link MunicipalReportDecision} name. */
  public static final Variable<String> REVIEW_DECISION = Variable.text("reviewDecision");
  public static final Variable<String> REVIEW_COMMENT = Variable.text("reviewComment");
  public static final Variable<String> STAGE_SUMMARY = Variable.text("stageSummary");
  public static final List<String> FORM_FIELDS = List.of(REPORT_CONCLUSIONS.name(), REVIEW_DECISION.name(),
      REVIEW_COMMENT.name(), STAGE_SUMMARY.name());

  /** The documents sent to the department, attached to the process instance as files. */
  public static final Variable<Object> ANALYTIC_REPORT_DOCX = Variable.raw("analyticReportDocx");
  public static final Variable<Object> ANALYTIC_REPORT_XLSX = Variable.raw("analyticReportXlsx");

  private AnnualMonitoringProcess() {}
}
