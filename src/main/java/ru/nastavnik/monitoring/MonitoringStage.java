package ru.nastavnik.monitoring;

/**
 * The moments of the yearly monitoring calendar (decree of seed 001 and its roadmap, items
 * 1.5–1.8): each is a Spring cron expression, evaluated in the municipality's time zone and
 * configurable per municipality. The defaults are those of the decree.
 */
public enum MonitoringStage {
  ORG_REPORTS_OPEN("Запрос отчётов организаций", "0 0 9 1 12 *", false),
  ORG_REPORTS_DUE("Отчёты организаций — до 15 декабря", "0 0 18 15 12 *", true),
  ANALYTIC_REPORT_DUE("Аналитический отчёт ЦРО в департамент — до 25 декабря", "0 0 18 25 12 *", true),
  PROGRAM_ASSESSMENT_OPEN("Оценка реализации программ наставничества — начало (май)", "0 0 9 4 5 *", false),
  PROGRAM_ASSESSMENT_DUE("Оценка реализации программ наставничества — срок", "0 0 18 29 5 *", true),
  JUNE_STAGES_OPEN("Самодиагностика и мониторинг эффективности — начало (июнь)", "0 0 9 1 6 *", false),
  EFFECTIVENESS_DUE("Мониторинг эффективности — до 15 июня", "0 0 18 15 6 *", true),
  DECISIONS_DUE("Мониторинг управленческих решений и самодиагностика — до 30 июня", "0 0 18 30 6 *", true);

  private final String title;
  private final String defaultCron;
  private final boolean deadline;

  MonitoringStage(String title, String defaultCron, boolean deadline) {
    this.title = title;
    this.defaultCron = defaultCron;
    this.deadline = deadline;
  }

  public String title() { return title; }

  public String defaultCron() { return defaultCron; }

  /** A deadline (not the opening of a stage): on a non-working day it moves to the next working day. */
  public boolean isDeadline() { return deadline; }
}
