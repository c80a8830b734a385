package ru.nastavnik.roadmap;

/** What one occurrence of an item asks of its responsible organization. */
public enum OccurrenceKind {
  /** Do the item by the due date (a date, each date of a recurring item, the end of a range). */
  DEADLINE,
  /** A continuous item («постоянно»): report the quarter's progress by its last day. */
  CHECK_IN,
  /** «по мере необходимости»: the responsible first sets the date, then it runs as {@link #DEADLINE}. */
  ON_DEMAND
}
