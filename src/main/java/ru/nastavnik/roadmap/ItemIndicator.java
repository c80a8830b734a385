package ru.nastavnik.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The yearly target of an item (показатель реализации): «2026 г. – 60». */
@Embeddable
public class ItemIndicator {

  @Column(name = "indicator_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private int target;

  protected ItemIndicator() {}

  ItemIndicator(int year, int target) {
    this.year = year;
    this.target = target;
  }

  public int getYear() { return year; }
  public int getTarget() { return target; }
}
