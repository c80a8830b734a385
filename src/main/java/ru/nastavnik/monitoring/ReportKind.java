package ru.nastavnik.monitoring;

/** What a monitoring report is: an organization's report, the municipal one, or a spring stage. */
public enum ReportKind {
  ORGANIZATION("Отчёт образовательной организации о реализации целевой модели наставничества"),
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
}
