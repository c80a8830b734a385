package ru.nastavnik.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the reader of the document could not settle on its own, kept with the roadmap. */
@Embeddable
public class RoadmapWarning {

  @Column(name = "source_row", nullable = false)
  private int row;

  @Column(nullable = false, length = 4000)
  private String message;

  protected RoadmapWarning() {}

  RoadmapWarning(int row, String message) {
    this.row = row;
    this.message = message;
  }

  public int getRow() { return row; }
  public String getMessage() { return message; }
}
