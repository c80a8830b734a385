package ru.nastavnik.roadmap.parse;

/**
 * A yearly target of an item (показатель реализации): {@code 2026 г. – 60} is year 2026, target
 * 60; {@code unit} is what the target counts when the document says it («2026 г. – 5 практик»,
 * «5/7/10 практик»), else {@link IndicatorUnit#NOT_STATED}.
 */
public record Indicator(int year, int target, IndicatorUnit unit) {

  public Indicator {
    unit = unit == null ? IndicatorUnit.NOT_STATED : unit;
  }

  /** A target whose unit the document does not state. */
  public Indicator(int year, int target) {
    this(year, target, IndicatorUnit.NOT_STATED);
  }
}
