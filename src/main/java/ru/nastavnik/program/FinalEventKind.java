package ru.nastavnik.program;

/** The final event where the pair presents its results (seed 003 §6). */
public enum FinalEventKind {
  ROUND_TABLE("Круглый стол"),
  OPEN_EVENT("Открытое мероприятие"),
  OTHER("Другое");

  private final String title;

  FinalEventKind(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
