package ru.nastavnik.roadmap;

/** Whose roadmap it is: the municipality's (its bodies and every organization) or one organization's own. */
public enum RoadmapScope {
  MUNICIPALITY("Муниципальная дорожная карта"),
  ORGANIZATION("Дорожная карта организации");

  private final String title;

  RoadmapScope(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
