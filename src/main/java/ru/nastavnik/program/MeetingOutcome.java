package ru.nastavnik.program;

import ru.nastavnik.system.BusinessRuleException;

/** What the mentor records of a meeting, the field {@code meetingOutcome} of its form (empty means held). */
public enum MeetingOutcome {
  HELD,
  CANCELLED;

  /** The outcome submitted by the form; anything else is an error of the field «Встреча». */
  public static MeetingOutcome parse(String value) {
    if (value == null || value.isBlank()) {
      return HELD;
    }
    for (MeetingOutcome outcome : values()) {
      if (outcome.name().equals(value.trim())) {
        return outcome;
      }
    }
    throw new BusinessRuleException(MentoringProgramProcess.MEETING_OUTCOME.name(),
        "Отметьте, проведена встреча или отменена");
  }
}
