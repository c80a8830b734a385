package ru.nastavnik.program;

/** Who gives feedback on a meeting or writes a report: the two sides of the pair. */
public enum ProgramRole {
  MENTOR("Наставник"),
  MENTEE("Наставляемый");

  private final String title;

  ProgramRole(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
