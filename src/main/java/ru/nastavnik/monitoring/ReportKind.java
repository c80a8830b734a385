package ru.nastavnik.monitoring;

/** What a monitoring report is: an organization's report, the municipal one, or a spring stage. */
public enum ReportKind {
  ORGANIZATION("Отчёт образовательной организации о реализации целевой модели наставничества"),
  /** A school's own self-diagnostics in June (seed 001, item 1.6), collected by the methodical centre. */
  SCHOOL_SELF_DIAGNOSTICS("Справка по результатам самодиагностики образовательной организации"),
  MUNICIPAL("Аналитический отчёт о мониторинге реализации целевой модели наставничества"),
  PROGRAM_ASSESSMENT("Справка по результатам оценки реализации персонализированных программ наставничества"),
  SELF_DIAGNOSTICS("Справка по результатам самодиагностики образовательных организаций"),
  EFFECTIVENESS("Аналитический отчёт о мониторинге эффективности системы наставничества"),
  MANAGEMENT_DECISIONS("Аналитические материалы о мониторинге эффективности мер и управленческих решений");

  private final String title;

  ReportKind(String title) {
    this.title = title;
  }

  public String title() { return title; }

  /** Filed by each educational organization (its curators), not by a municipal body. */
  public boolean isFiledBySchools() {
    return this == ORGANIZATION || this == SCHOOL_SELF_DIAGNOSTICS;
  }

  /** The curators' task name. */
  public String taskName() {
    return this == SCHOOL_SELF_DIAGNOSTICS ? "Провести самодиагностику по наставничеству" : "Представить отчёт о наставничестве";
  }
}
