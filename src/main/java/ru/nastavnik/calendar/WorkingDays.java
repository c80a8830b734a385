package ru.nastavnik.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The deadline rules of the application, in one place (docs/deadlines.md):
 * <ul>
 *   <li>«N рабочих дней» from a moment ends at the end of the N-th working day after that day;</li>
 *   <li>a deadline falling on a non-working day moves to the <b>next</b> working day (as article 193
 *       of the Civil Code counts a term); a deadline date means the end of that day, a deadline with a
 *       time of day keeps its time;</li>
 *   <li>a reminder «N days before» a deadline falling on a non-working day moves to the <b>previous</b>
 *       working day, at {@link #REMINDER_TIME} local time;</li>
 *   <li>days overdue are calendar days from the (moved) deadline day to today.</li>
 * </ul>
 * Every day is counted in the time zone of the organization's municipality.
 */
public final class WorkingDays {

  /** Reminders go out in the morning of a working day, local time. */
  public static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private static volatile WorkingDays standard;

  private final ProductionCalendar calendar;

  public WorkingDays(ProductionCalendar calendar) {
    this.calendar = calendar;
  }

  /** The rules over the production calendar shipped with the application (read once). */
  public static WorkingDays standard() {
    WorkingDays days = standard;
    if (days == null) {
      synchronized (WorkingDays.class) {
        if (standard == null) {
          standard = new WorkingDays(ProductionCalendar.standard());
        }
        days = standard;
      }
    }
    return days;
  }

  public boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day);
  }

  /** The end of the {@code days}-th working day after the day of {@code start}. */
  public Instant after(Instant start, int days, ZoneId zone) {
    LocalDate day = start.atZone(zone).toLocalDate();
    return endOfDay(calendar.plusWorkingDays(day, days), zone);
  }

  /** The end of the day {@code days} calendar days after the day of {@code start}, moved off a non-working day. */
  public Instant calendarDaysAfter(Instant start, int days, ZoneId zone) {
    return deadline(start.atZone(zone).toLocalDate().plusDays(days), zone);
  }

  /** The day a deadline dated {@code date} really ends: the date, or the next working day after it. */
  public LocalDate deadlineDay(LocalDate date) {
    LocalDate day = date;
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** A deadline date: the end of its deadline day. */
  public Instant deadline(LocalDate date, ZoneId zone) {
    return endOfDay(deadlineDay(date), zone);
  }

  /** A deadline with a time of day (a monitoring stage): the same local time on its deadline day. */
  public Instant deadline(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = deadlineDay(local.toLocalDate());
    return day.equals(local.toLocalDate()) ? at : day.atTime(local.toLocalTime()).atZone(zone).toInstant();
  }

  /** Whether the deadline of {@code date} moves (the date is not a working day). */
  public boolean moves(LocalDate date) {
    return !calendar.isWorkingDay(date);
  }

  /**
   * A reminder {@code daysBefore} the deadline of {@code date}: on the working day that many days
   * before its deadline day, or the working day before that, at {@link #REMINDER_TIME}.
   */
  public Instant reminder(LocalDate date, int daysBefore, ZoneId zone) {
    LocalDate day = deadlineDay(date).minusDays(daysBefore);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day.atTime(REMINDER_TIME).atZone(zone).toInstant();
  }

  /** The reminder {@code daysBefore} a deadline moment (its local day counts). */
  public Instant reminder(Instant deadline, int daysBefore, ZoneId zone) {
    return reminder(deadline.atZone(zone).toLocalDate(), daysBefore, zone);
  }

  /** Whether the deadline of {@code date} has passed at {@code now} (the timer at its end has come). */
  public boolean passed(LocalDate date, Instant now, ZoneId zone) {
    return !now.isBefore(deadline(date, zone));
  }

  /**
   * Days overdue at {@code now}: 0 before the deadline of {@code date} has passed, then the calendar
   * days from the deadline day to today in the zone, at least 1. The escalation e-mail, the task
   * texts and the dashboard all count with this.
   */
  public long daysOverdue(LocalDate date, Instant now, ZoneId zone) {
    if (!passed(date, now, zone)) {
      return 0;
    }
    return Math.max(1, ChronoUnit.DAYS.between(deadlineDay(date), now.atZone(zone).toLocalDate()));
  }

  /**
   * The latest due date whose deadline has passed by the start of {@code today}: a due date on or
   * before it is overdue (its deadline day lies before today). It is the last working day before
   * today, since a non-working date's deadline is the next working day. For SQL conditions.
   */
  public LocalDate overdueThrough(LocalDate today) {
    LocalDate day = today.minusDays(1);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** A deadline date means the end of that day in the given zone. */
  public static Instant endOfDay(LocalDate day, ZoneId zone) {
    return day.atTime(LocalTime.MAX).atZone(zone).toInstant();
  }
}
