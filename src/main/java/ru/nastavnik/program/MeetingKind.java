package ru.nastavnik.program;

/** The meeting sequence of a program (seed 002 §3.5). */
public enum MeetingKind {
  ACQUAINTANCE("Встреча-знакомство"),
  TRIAL("Пробная встреча"),
  PLANNING("Встреча-планирование"),
  WORKING("Рабочая встреча"),
  FINAL("Итоговая встреча");

  private final String title;

  MeetingKind(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
