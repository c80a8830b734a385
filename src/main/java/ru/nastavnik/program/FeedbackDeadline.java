package ru.nastavnik.program;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import ru.nastavnik.calendar.ProductionCalendar;
import ru.nastavnik.calendar.WorkingDays;

/**
 * When the feedback on a meeting is due, counted from the day the meeting was held (not from the
 * day the mentor recorded it): the end of the {@value #WORKING_DAYS}-th working day after it in
 * the municipality's time zone; not given {@value #ESCALATION_DAYS} days after that, it is
 * escalated to the curator. The one place of this rule: the process's timers and the stored due
 * dates both come from here.
 */
final class FeedbackDeadline {

  static final int WORKING_DAYS = 3;
  static final int ESCALATION_DAYS = 2;

  private static final WorkingDays CALENDAR = new WorkingDays(ProductionCalendar.standard());

  private FeedbackDeadline() {}

  static Instant due(LocalDate heldOn, ZoneId zone) {
    // In milliseconds, as the engine keeps dates: stored with nanoseconds, 23:59:59.999999999 would be
    // rounded by the database to midnight of the next day.
    return CALENDAR.after(heldOn.atStartOfDay(zone).toInstant(), WORKING_DAYS, zone).truncatedTo(ChronoUnit.MILLIS);
  }

  static Instant escalation(Instant due) {
    return due.plus(Duration.ofDays(ESCALATION_DAYS));
  }
}
