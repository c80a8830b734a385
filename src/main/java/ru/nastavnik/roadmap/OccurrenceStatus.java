package ru.nastavnik.roadmap;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where an occurrence of a roadmap item stands. */
public enum OccurrenceStatus {
  /** Not relevant yet: its task appears at {@code activateAt}. */
  PLANNED("Запланировано"),
  /** ON_DEMAND: the responsible has to set the date. */
  AWAITING_DATE("Ожидает назначения срока"),
  /** The task is open and the deadline has not passed. */
  OPEN("В работе"),
  /** The deadline passed with the task open; escalated weekly. */
  OVERDUE("Просрочено"),
  /** Done (on time or late, see {@code late}). */
  DONE("Исполнено"),
  /** Its due date had passed before the roadmap was imported; not run (the import review decided so). */
  SKIPPED("Не исполнялось: срок прошёл до загрузки"),
  /** Its roadmap was withdrawn before it was done (see {@code cancelReason}). */
  CANCELLED("Отменено");

  /**
   * Occurrences with a deadline still to meet: planned, open or overdue (one awaiting a date has no
   * deadline yet; done, skipped and cancelled ones have none left). The calendar feeds show these.
   */
  public static final Set<OccurrenceStatus> DEADLINE_PENDING = Collections.unmodifiableSet(EnumSet.of(PLANNED, OPEN, OVERDUE));

  private final String title;

  OccurrenceStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOpen() {
    return this == AWAITING_DATE || this == OPEN || this == OVERDUE;
  }
}
