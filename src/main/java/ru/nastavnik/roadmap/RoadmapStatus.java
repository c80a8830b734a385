package ru.nastavnik.roadmap;

/** A confirmed roadmap runs until its period is over. */
public enum RoadmapStatus {
  ACTIVE("Исполняется"),
  CLOSED("Период завершён");

  private final String title;

  RoadmapStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
