package ru.nastavnik.roadmap;

/** A confirmed roadmap runs until its period is over or it is withdrawn. */
public enum RoadmapStatus {
  ACTIVE("Исполняется"),
  CLOSED("Период завершён"),
  WITHDRAWN("Отозвана");

  private final String title;

  RoadmapStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
