package ru.nastavnik.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Deadlines in working days as a curator counts them: «5 рабочих дней» from a moment ends at the
 * end of the fifth working day after that day, in the organization's own time zone.
 */
public final class WorkingDays {

  private final ProductionCalendar calendar;

  public WorkingDays(ProductionCalendar calendar) {
    this.calendar = calendar;
  }

  public Instant after(Instant start, int days, ZoneId zone) {
    LocalDate day = start.atZone(zone).toLocalDate();
    return endOfDay(calendar.plusWorkingDays(day, days), zone);
  }

  /** A deadline date means the end of that day in the given zone. */
  public static Instant endOfDay(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.MAX).atZone(zone).toInstant();
  }
}
