package ru.nastavnik.monitoring;

/**
 * The moments of the yearly monitoring calendar (decree of seed 001 and its roadmap, items
 * 1.5–1.8): each is a Spring cron expression, evaluated in the municipality's time zone and
 * configurable per municipality. The defaults are those of the decree.
 */
public enum MonitoringStage {
  ORG_REPORTS_OPEN("Запрос отчётов организаций", "0 0 9 1 12 *"),
  ORG_REPORTS_DUE("Отчёты организаций — до 15 декабря", "0 0 18 15 12 *"),
  ANALYTIC_REPORT_DUE("Аналитический отчёт ЦРО в департамент — до 25 декабря", "0 0 18 25 12 *"),
  PROGRAM_ASSESSMENT_OPEN("Оценка реализации программ наставничества — начало (май)", "0 0 9 4 5 *"),
  PROGRAM_ASSESSMENT_DUE("Оценка реализации программ наставничества — срок", "0 0 18 29 5 *"),
  JUNE_STAGES_OPEN("Самодиагностика и мониторинг эффективности — начало (июнь)", "0 0 9 1 6 *"),
  EFFECTIVENESS_DUE("Мониторинг эффективности — до 15 июня", "0 0 18 15 6 *"),
  DECISIONS_DUE("Мониторинг управленческих решений и самодиагностика — до 30 июня", "0 0 18 30 6 *");

  private final String title;
  private final String defaultCron;

  MonitoringStage(String title, String defaultCron) {
    this.title = title;
    this.defaultCron = defaultCron;
  }

  public String title() { return title; }

  public String defaultCron() { return defaultCron; }
}
