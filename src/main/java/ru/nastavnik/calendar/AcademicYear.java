package ru.nastavnik.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A school (academic) year: from 1 September to 31 August, named by the calendar year it starts
 * in («2026/2027 учебный год» is {@code AcademicYear(2026)}). The one place that knows where a
 * school year begins.
 */
public record AcademicYear(int startYear) {

  /** The academic year a day belongs to. */
  public static AcademicYear of(LocalDate day) {
    return new AcademicYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
  }

  /** The academic year a moment belongs to, in the zone. */
  public static AcademicYear of(Instant at, ZoneId zone) {
    return of(at.atZone(zone).toLocalDate());
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 9, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 8, 31);
  }

  /** The first moment of the next academic year, in the zone (the end of this one, exclusive). */
  public Instant end(ZoneId zone) {
    return LocalDate.of(startYear + 1, 9, 1).atStartOfDay(zone).toInstant();
  }

  public Instant start(ZoneId zone) {
    return firstDay().atStartOfDay(zone).toInstant();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }

  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  /** «2026/2027». */
  public String label() {
    return startYear + "/" + (startYear + 1);
  }

  /** «2026/2027 учебный год». */
  public String title() {
    return label() + " учебный год";
  }
}
