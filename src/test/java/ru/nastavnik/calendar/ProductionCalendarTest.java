package ru.nastavnik.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Working days as the Russian production calendar counts them, in the municipality's time zone. */
class ProductionCalendarTest {

  private final ProductionCalendar calendar = ProductionCalendar.standard();

  @Test
  void weekendsAndPublicHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();   // Monday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 4))).isFalse();   // Unity Day
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();    // New Year holidays
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();    // 8 March moved from Sunday
  }

  @Test
  void aTransferredWorkingSaturdayIsAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();
  }

  @Test
  void fiveWorkingDaysSkipTheMayHolidays() {
    // 30 April 2026 (Thu) + 5: 4, 5, 6, 7, 8 May (1 May holiday, 2-3 weekend).
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 5)).isEqualTo(LocalDate.of(2026, 5, 8));
  }

  @Test
  void zeroOrNegativeWorkingDaysAreRejected() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDeadlineIsTheEndOfTheDayInTheOrganizationsZone() {
    WorkingDays days = new WorkingDays(calendar);
    // Friday 20 November 2026, 23:30 in Volgograd (UTC+3) is still Friday there.
    Instant start = OffsetDateTime.of(2026, 11, 20, 23, 30, 0, 0, ZoneOffset.ofHours(3)).toInstant();

    Instant volgograd = days.after(start, 1, ZoneId.of("Europe/Volgograd"));
    Instant khantyMansiysk = days.after(start, 1, ZoneId.of("Asia/Yekaterinburg"));

    // In Khanty-Mansiysk (UTC+5) it is already Saturday 01:30, so the next working day is Monday too,
    // but the day ends two hours earlier in absolute time.
    assertThat(volgograd).isEqualTo(OffsetDateTime.of(2026, 11, 23, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(3)).toInstant());
    assertThat(khantyMansiysk).isEqualTo(OffsetDateTime.of(2026, 11, 23, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(5)).toInstant());
  }

  @Test
  void theBusinessCalendarReadsWorkingDaysAndLeavesIsoDatesToCamunda() {
    WorkingDaysBusinessCalendar businessCalendar = new WorkingDaysBusinessCalendar(new WorkingDays(calendar),
        code -> "vlg-sch5".equals(code) ? ZoneId.of("Europe/Volgograd") : ZoneId.of("Asia/Yekaterinburg"));
    Date start = Date.from(OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC).toInstant());

    assertThat(businessCalendar.resolveDuedate("5WD@vlg-sch5", start).toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 11, 30, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(3)).toInstant());
    assertThat(businessCalendar.resolveDuedate("2026-12-15T18:00:00", start)).isNotNull();
  }
}
