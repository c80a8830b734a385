package ru.nastavnik.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import ru.nastavnik.calendar.WorkingDays;

/**
 * When the feedback on a meeting is due, counted from the day the meeting was held (not from the
 * day the mentor recorded it): the end of the {@value #WORKING_DAYS}-th working day after it in
 * the municipality's time zone; not given {@value #ESCALATION_WORKING_DAYS} working days after
 * that, it is escalated to the curator. The one place of this rule: the process's timers and the
 * stored due dates both come from here.
 */
final class FeedbackDeadline {

  static final int WORKING_DAYS = 3;
  static final int ESCALATION_WORKING_DAYS = 2;

  private FeedbackDeadline() {}

  static Instant due(LocalDate heldOn, ZoneId zone) {
    return millis(WorkingDays.standard().after(heldOn.atStartOfDay(zone).toInstant(), WORKING_DAYS, zone));
  }

  static Instant escalation(Instant due, ZoneId zone) {
    return millis(WorkingDays.standard().after(due, ESCALATION_WORKING_DAYS, zone));
  }

  // In milliseconds, as the engine keeps dates: stored with nanoseconds, 23:59:59.999999999 would be
  // rounded by the database to midnight of the next day.
  private static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
