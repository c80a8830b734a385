package ru.nastavnik.program;

/** The mentee's self-assessment at the start and at the end of the program. */
public enum SurveyKind {
  ENTRY("Входная самооценка"),
  FINAL("Итоговая самооценка");

  private final String title;

  SurveyKind(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
