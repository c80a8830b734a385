package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar point possibly without a year: a day, a month, a quarter, a half-year or a year. */
final class DeadlinePoint {
  Integer year;
  int fromMonth;
  int fromDay;
  int toMonth;
  int toDay;
  boolean period;
  Integer bareDay;

  static DeadlinePoint day(Integer year, int month, int day) {
    DeadlinePoint p = new DeadlinePoint();
    p.year = year;
    p.fromMonth = month;
    p.toMonth = month;
    p.fromDay = day;
    p.toDay = day;
    return p;
  }

  static DeadlinePoint months(Integer year, int fromMonth, int toMonth) {
    DeadlinePoint p = new DeadlinePoint();
    p.year = year;
    p.fromMonth = fromMonth;
    p.toMonth = toMonth;
    return p;
  }

  boolean month() {
    return fromDay == 0;
  }

  LocalDate start(int y) {
    return LocalDate.of(y, fromMonth, fromDay == 0 ? 1 : fromDay);
  }

  LocalDate end(int y) {
    return toDay == 0 ? YearMonth.of(y, toMonth).atEndOfMonth() : LocalDate.of(y, toMonth, toDay);
  }
}
