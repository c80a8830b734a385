package ru.nastavnik.program;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a personalized mentoring program stands. */
public enum ProgramStatus {
  DRAFT("Составляется наставником"),
  SUBMITTED("На согласовании у куратора"),
  RETURNED("Возвращена на доработку"),
  APPROVED("Утверждена, идут встречи"),
  COMPLETED("Завершена"),
  ENDED_EARLY("Завершена досрочно");

  /** Programs that are over: completed, or ended early. */
  public static final Set<ProgramStatus> OVER = Collections.unmodifiableSet(EnumSet.of(COMPLETED, ENDED_EARLY));

  /**
   * Programs whose meetings show in the participants' calendar feeds: every program but one ended
   * early, whose meetings leave the calendars.
   */
  public static final Set<ProgramStatus> IN_CALENDAR = Collections.unmodifiableSet(
      EnumSet.of(DRAFT, SUBMITTED, RETURNED, APPROVED, COMPLETED));

  private final String title;

  ProgramStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public boolean isOver() {
    return OVER.contains(this);
  }
}
