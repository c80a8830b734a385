package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The deadline rules of docs/deadlines.md: deadlines on non-working days move to the next working
 * day's end, reminders to the previous working day at 9:00, days overdue are calendar days from the
 * (moved) deadline day, all in the municipality's zone.
 */
class WorkingDaysTest {

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final ZoneOffset PLUS5 = ZoneOffset.ofHours(5);

  private final WorkingDays days = WorkingDays.standard();

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, PLUS5).toInstant();
  }

  private static Instant endOf(int year, int month, int day) {
    return OffsetDateTime.of(year, month, day, 23, 59, 59, 999_999_999, PLUS5).toInstant();
  }

  @Test
  void aDeadlineOnAWeekendOrAHolidayMovesToTheEndOfTheNextWorkingDay() {
    assertThat(days.deadline(LocalDate.of(2026, 12, 12), KHM)).as("Saturday").isEqualTo(endOf(2026, 12, 14));
    assertThat(days.deadline(LocalDate.of(2027, 3, 8), KHM)).as("8 March").isEqualTo(endOf(2027, 3, 9));
    assertThat(days.deadline(LocalDate.of(2027, 5, 29), KHM)).as("Saturday").isEqualTo(endOf(2027, 5, 31));
    assertThat(days.deadline(LocalDate.of(2026, 12, 31), KHM)).as("31 December 2026 and the New Year holidays")
        .isEqualTo(endOf(2027, 1, 11));
    assertThat(days.deadline(LocalDate.of(2026, 12, 15), KHM)).as("a working Tuesday stays").isEqualTo(endOf(2026, 12, 15));
    assertThat(days.moves(LocalDate.of(2026, 12, 12))).isTrue();
    assertThat(days.moves(LocalDate.of(2026, 12, 15))).isFalse();
  }

  @Test
  void aDeadlineWithATimeOfDayKeepsItsTimeOnTheNextWorkingDay() {
    assertThat(days.deadline(at(2027, 5, 29, 18, 0), KHM)).isEqualTo(at(2027, 5, 31, 18, 0));
    assertThat(days.deadline(at(2026, 12, 15, 18, 0), KHM)).isEqualTo(at(2026, 12, 15, 18, 0));
  }

  @Test
  void aReminderOnANonWorkingDayMovesToThePreviousWorkingDayAtNine() {
    // 7 days before 15.03.2027 is 08.03.2027, a holiday: Friday 05.03 at 9:00.
    assertThat(days.reminder(LocalDate.of(2027, 3, 15), 7, KHM)).isEqualTo(at(2027, 3, 5, 9, 0));
    // 1 day before Monday 14.12.2026 is Sunday: Friday 11.12 at 9:00.
    assertThat(days.reminder(LocalDate.of(2026, 12, 14), 1, KHM)).isEqualTo(at(2026, 12, 11, 9, 0));
    // 3 days before 15.12.2026 18:00 is Saturday 12.12.2026: Friday 11.12 at 9:00.
    assertThat(days.reminder(at(2026, 12, 15, 18, 0), 3, KHM)).isEqualTo(at(2026, 12, 11, 9, 0));
    // Counted from the moved deadline: Saturday 12.12.2026 is due Monday 14.12, one day before is Friday 11.12.
    assertThat(days.reminder(LocalDate.of(2026, 12, 12), 1, KHM)).isEqualTo(at(2026, 12, 11, 9, 0));
    assertThat(days.reminder(LocalDate.of(2026, 12, 17), 1, KHM)).as("a working Wednesday").isEqualTo(at(2026, 12, 16, 9, 0));
  }

  @Test
  void daysOverdueAreCalendarDaysFromTheDeadlineDayInTheMunicipalitysZone() {
    LocalDate due = LocalDate.of(2026, 11, 30);
    assertThat(days.daysOverdue(due, at(2026, 11, 30, 23, 0), KHM)).as("the deadline day itself").isZero();
    assertThat(days.daysOverdue(due, endOf(2026, 11, 30), KHM)).as("the moment the deadline passes").isEqualTo(1);
    assertThat(days.daysOverdue(due, at(2026, 12, 1, 0, 30), KHM)).isEqualTo(1);
    // 03.12.2026 20:36 in Khanty-Mansiysk is 15:36 UTC: three days, not the two full 24-hour periods since the deadline.
    assertThat(days.daysOverdue(due, Instant.parse("2026-12-03T15:36:07.300Z"), KHM)).isEqualTo(3);
    assertThat(days.daysOverdue(LocalDate.of(2026, 11, 19), Instant.parse("2026-12-03T15:36:07.300Z"), KHM)).isEqualTo(14);
    // A Saturday deadline is Monday's: on Tuesday it is one day late.
    assertThat(days.daysOverdue(LocalDate.of(2026, 12, 12), at(2026, 12, 14, 12, 0), KHM)).isZero();
    assertThat(days.daysOverdue(LocalDate.of(2026, 12, 12), at(2026, 12, 15, 12, 0), KHM)).isEqualTo(1);
  }

  @Test
  void theSqlBoundOfOverdueDueDatesIsTheLastWorkingDayBeforeToday() {
    // Monday 14.12.2026: Friday's deadline has passed, Saturday's (moved to today) has not.
    assertThat(days.overdueThrough(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(days.overdueThrough(LocalDate.of(2026, 12, 16))).isEqualTo(LocalDate.of(2026, 12, 15));
    for (LocalDate due = LocalDate.of(2026, 12, 1); due.isBefore(LocalDate.of(2027, 1, 20)); due = due.plusDays(1)) {
      for (LocalDate today = due; today.isBefore(due.plusDays(20)); today = today.plusDays(1)) {
        boolean passed = days.passed(due, today.atStartOfDay(KHM).toInstant(), KHM);
        assertThat(!due.isAfter(days.overdueThrough(today))).as(due + " on " + today).isEqualTo(passed);
      }
    }
  }

  @Test
  void theBusinessCalendarCountsCalendarDaysMovedOffNonWorkingDays() {
    WorkingDaysBusinessCalendar calendar = new WorkingDaysBusinessCalendar(days, code -> KHM);
    // A weekly escalation a week after Thursday 24.12.2026 falls on 31.12, a holiday: the end of 11.01.2027.
    assertThat(calendar.resolveDuedate("7D@khm-sch1", Date.from(endOf(2026, 12, 24)))).isEqualTo(Date.from(endOf(2027, 1, 11)));
    assertThat(calendar.resolveDuedate("7D@khm-sch1", Date.from(endOf(2026, 12, 15)))).isEqualTo(Date.from(endOf(2026, 12, 22)));
    // Feedback recorded on Thursday 03.12.2026 at 20:38 is due at the end of the third working day: Tuesday 08.12.
    assertThat(calendar.resolveDuedate("3WD@khm-sch1", Date.from(at(2026, 12, 3, 20, 38)))).isEqualTo(Date.from(endOf(2026, 12, 8)));
  }

  @Test
  void daysAreWrittenInRussianPluralForms() {
    assertThat(DayCount.days(1)).isEqualTo("1 день");
    assertThat(DayCount.days(3)).isEqualTo("3 дня");
    assertThat(DayCount.days(7)).isEqualTo("7 дней");
    assertThat(DayCount.days(11)).isEqualTo("11 дней");
    assertThat(DayCount.days(14)).isEqualTo("14 дней");
    assertThat(DayCount.days(21)).isEqualTo("21 день");
    assertThat(DayCount.days(102)).isEqualTo("102 дня");
    assertThat(DayCount.days(111)).isEqualTo("111 дней");
    assertThat(DayCount.remaining(1)).isEqualTo("остался 1 день");
    assertThat(DayCount.remaining(3)).isEqualTo("осталось 3 дня");
    assertThat(DayCount.remaining(7)).isEqualTo("осталось 7 дней");
    assertThat(DayCount.remaining(21)).isEqualTo("остался 21 день");
  }
}
