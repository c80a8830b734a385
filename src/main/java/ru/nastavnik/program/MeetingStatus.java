package ru.nastavnik.program;

/** A planned meeting, held, or cancelled with the program. */
public enum MeetingStatus {
  PLANNED("Запланирована"),
  HELD("Проведена"),
  CANCELLED("Отменена");

  private final String title;

  MeetingStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
