package ru.nastavnik.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A numbered section of a roadmap, number as written ({@code 1.}, {@code II}). */
@Embeddable
public class RoadmapSection {

  @Column(length = 100)
  private String number;

  @Column(nullable = false, length = 4000)
  private String title;

  protected RoadmapSection() {}

  RoadmapSection(String number, String title) {
    this.number = number;
    this.title = title;
  }

  public String getNumber() { return number; }
  public String getTitle() { return title; }
}
