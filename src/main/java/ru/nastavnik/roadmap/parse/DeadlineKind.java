package ru.nastavnik.roadmap.parse;

/** How a deadline phrase was understood; see {@code docs/roadmap-format.md}. */
public enum DeadlineKind {
  /** One day (or a few listed days): {@code до 15.11.2020}, {@code Март 2022}, {@code Сентябрь}. */
  DATE,
  /** A span due at its end: {@code Октябрь-декабрь 2020}, {@code IV квартал 2026 г.}. */
  RANGE,
  /** Every occurrence inside the period: {@code сентябрь ежегодно}, {@code ежеквартально}. */
  RECURRING,
  /** All the period long, due at the period's end: {@code Постоянно}, {@code в течение года}. */
  CONTINUOUS,
  /** No date can be computed, someone sets it: {@code по отдельному графику}. */
  ON_DEMAND,
  /** Not understood (or a date that does not exist): a person must set the date. */
  UNKNOWN
}
