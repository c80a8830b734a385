package ru.nastavnik.program;

/** Where a personalized mentoring program stands. */
public enum ProgramStatus {
  DRAFT("Составляется наставником"),
  SUBMITTED("На согласовании у куратора"),
  RETURNED("Возвращена на доработку"),
  APPROVED("Утверждена, идут встречи"),
  COMPLETED("Завершена"),
  ENDED_EARLY("Завершена досрочно");

  private final String title;

  ProgramStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOver() {
    return this == COMPLETED || this == ENDED_EARLY;
  }
}
