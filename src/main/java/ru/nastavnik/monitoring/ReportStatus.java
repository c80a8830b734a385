package ru.nastavnik.monitoring;

/** Where a monitoring report stands. */
public enum ReportStatus {
  REQUESTED("Запрошен"),
  OVERDUE("Не представлен в срок"),
  SUBMITTED("Представлен"),
  RETURNED("Возвращён на доработку"),
  ACKNOWLEDGED("Принят");

  private final String title;

  ReportStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isFiled() {
    return this == SUBMITTED || this == ACKNOWLEDGED;
  }
}
