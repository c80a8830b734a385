package ru.nastavnik.monitoring;

import java.util.List;

/** Names of OrganizationReportProcess. */
public final class OrganizationReportProcessVariables {

  public static final String PROCESS_ID = "OrganizationReportProcess";

  public static final String REPORT_ID = "monitoringReportId";
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String DUE_AT = "dueAt";
  public static final String REMINDER_AT = "reminderAt";

  public static final String REPORT_COMMENTS = "reportComments";
  public static final String REPORT_DIFFICULTIES = "reportDifficulties";
  public static final String REPORT_PLANS = "reportPlans";

  /** The filed report's documents, attached to the (then ended) process instance. */
  public static final String REPORT_DOCX = "reportDocx";
  public static final String REPORT_XLSX = "reportXlsx";

  static final List<String> FORM_FIELDS = List.of(REPORT_COMMENTS, REPORT_DIFFICULTIES, REPORT_PLANS);

  private OrganizationReportProcessVariables() {}
}
