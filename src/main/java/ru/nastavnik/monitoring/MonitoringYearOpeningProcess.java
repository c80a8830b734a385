package ru.nastavnik.monitoring;

/**
 * The contract of {@code MonitoringYearOpeningProcess}: every 1 September its timer opens the
 * monitoring year of each municipality that has none, and each opened year starts its own
 * {@link AnnualMonitoringProcess} by the message «Год мониторинга открыт». No variables.
 */
public final class MonitoringYearOpeningProcess {

  public static final String ID = "MonitoringYearOpeningProcess";

  public static final String START_ACADEMIC_YEAR_BEGINS = "StartEvent_AcademicYearBegins";
  public static final String SERVICE_OPEN_MONITORING_YEARS = "ServiceTask_OpenMonitoringYears";
  public static final String END_YEARS_OPENED = "EndEvent_YearsOpened";

  private MonitoringYearOpeningProcess() {}
}
