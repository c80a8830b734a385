package ru.nastavnik.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The Russian production calendar (производственный календарь): which days are working days.
 * Holidays and transferred working weekends are data ({@code calendar/production-calendar.json}),
 * one entry per year; a year missing there falls back to plain Monday–Friday.
 */
public final class ProductionCalendar {

  public static final String RESOURCE = "/calendar/production-calendar.json";

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workingWeekends = new HashSet<>();

  private ProductionCalendar() {}

  /** The calendar shipped with the application. */
  public static ProductionCalendar standard() {
    try (InputStream in = ProductionCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Не найден производственный календарь " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProductionCalendar read(InputStream json) throws IOException {
    ProductionCalendar calendar = new ProductionCalendar();
    JsonNode years = new ObjectMapper().readTree(json).path("years");
    years.fields().forEachRemaining(year -> {
      year.getValue().path("holidays").forEach(d -> calendar.holidays.add(LocalDate.parse(d.asText())));
      year.getValue().path("workingWeekends").forEach(d -> calendar.workingWeekends.add(LocalDate.parse(d.asText())));
    });
    return calendar;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekends.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The {@code n}-th working day after {@code day} (n ≥ 1; {@code day} itself is not counted). */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Число рабочих дней должно быть положительным: " + n);
    }
    LocalDate current = day;
    int left = n;
    while (left > 0) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        left--;
      }
    }
    return current;
  }
}
