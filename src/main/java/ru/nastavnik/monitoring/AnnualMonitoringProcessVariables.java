package ru.nastavnik.monitoring;

import java.util.List;

/** Names of AnnualMonitoringProcess: its ids, the year's dates for the timers, the form fields. */
public final class AnnualMonitoringProcessVariables {

  public static final String PROCESS_ID = "AnnualMonitoringProcess";
  public static final String MESSAGE_YEAR_OPENED = "MonitoringYearOpened";

  public static final String CAMPAIGN_ID = "monitoringCampaignId";
  public static final String MUNICIPALITY_CODE = "municipalityCode";
  /** The methodical centre's code: working-day deadlines and Cockpit visibility go by an organization. */
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String MUNICIPAL_REPORT_ID = "municipalReportId";
  public static final String REPORT_ACCEPTED = "reportAccepted";
  /** Local input of the stage service tasks: which {@link ReportKind} they record or escalate. */
  public static final String STAGE_KIND = "stageKind";

  public static final String ORG_REPORTS_OPEN_AT = "orgReportsOpenAt";
  public static final String ORG_REPORTS_DUE_AT = "orgReportsDueAt";
  public static final String ANALYTIC_REPORT_DUE_AT = "analyticReportDueAt";
  public static final String ASSESSMENT_OPEN_AT = "assessmentOpenAt";
  public static final String ASSESSMENT_DUE_AT = "assessmentDueAt";
  public static final String JUNE_STAGES_OPEN_AT = "juneStagesOpenAt";
  public static final String EFFECTIVENESS_DUE_AT = "effectivenessDueAt";
  public static final String DECISIONS_DUE_AT = "decisionsDueAt";

  /** Read-only text of every monitoring task (task-local): the figures and the download links. */
  public static final String REPORT_TEXT = "reportText";
  public static final String REPORT_CONCLUSIONS = "reportConclusions";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String STAGE_SUMMARY = "stageSummary";

  /** The documents sent to the department, attached to the process instance as files. */
  public static final String ANALYTIC_REPORT_DOCX = "analyticReportDocx";
  public static final String ANALYTIC_REPORT_XLSX = "analyticReportXlsx";

  static final List<String> FORM_FIELDS = List.of(REPORT_CONCLUSIONS, REVIEW_DECISION, REVIEW_COMMENT, STAGE_SUMMARY);

  private AnnualMonitoringProcessVariables() {}
}
