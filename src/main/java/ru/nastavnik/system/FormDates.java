package ru.nastavnik.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one Russian date format of the application ({@code dd.MM.yyyy}, {@code dd.MM.yyyy HH:mm} in
 * the municipality's zone) — the only class that builds a {@link DateTimeFormatter} from a pattern
 * (ArchitectureTest checks it) and the one reading of a date from a form or a request: the date
 * picker's ISO value (2026-09-15, also with a time), a typed Russian date (15.09.2026) or a
 * {@link java.util.Date}. Every date must lie in {@link #EARLIEST}–{@link #LATEST}.
 */
public final class FormDates {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter RU_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", java.util.Locale.forLanguageTag("ru"));
  private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("LLLL uuuu", java.util.Locale.forLanguageTag("ru"));
  /** A typed date as people write it in a spreadsheet: 2026-09-15, 5.9.2026, 05.09.2026, 5/9/2026. */
  private static final java.util.List<DateTimeFormatter> TYPED = java.util.List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
  private static final Pattern RUSSIAN = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private FormDates() {}

  /** 15.09.2026; «—» for none. */
  public static String ru(LocalDate date) {
    return date == null ? "—" : RU.format(date);
  }

  /** 15.09.2026 18:00 in the zone. */
  public static String ru(Instant at, ZoneId zone) {
    return at == null ? "—" : RU_DATE_TIME.format(at.atZone(zone));
  }

  /** «пн», «сб»: the short Russian day of the week of a moment in {@code zone}. */
  public static String weekday(Instant at, ZoneId zone) {
    return at == null ? "" : WEEKDAY.format(at.atZone(zone));
  }

  /** «сентябрь 2026»: a calendar month as a title. */
  public static String ruMonth(LocalDate day) {
    return RU_MONTH.format(day);
  }

  /** 15.09.2026 of the moment in the zone. */
  public static String ruDate(Instant at, ZoneId zone) {
    return at == null ? "—" : RU.format(at.atZone(zone).toLocalDate());
  }

  /**
   * Exactly 15.09.2026 (two-digit day and month, an existing date), e.g. a date typed at the start
   * of a line; the caller words the error.
   *
   * @throws DateTimeParseException when the text is not such a date
   */
  public static LocalDate parseRu(CharSequence text) {
    return LocalDate.parse(text, RU);
  }

  /**
   * A date typed in a spreadsheet cell: ISO (2026-09-15) or Russian with dots or slashes, day and
   * month of one or two digits (5.9.2026, 05/09/2026); {@code null} when it is none of these.
   */
  public static LocalDate parseTyped(String text) {
    for (DateTimeFormatter format : TYPED) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    return null;
  }

  /**
   * A date from a form field; {@code null} when the field is empty.
   *
   * @param zone the zone in which a {@link java.util.Date} is read
   * @throws BusinessRuleException of {@code field} when it is not a date or lies outside the bounds
   */
  public static LocalDate parse(Object value, String field, String what, ZoneId zone) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDate date;
    if (value instanceof LocalDate local) {
      date = local;
    } else if (value instanceof java.util.Date legacy) {
      date = legacy.toInstant().atZone(zone).toLocalDate();
    } else {
      String text = value.toString().trim();
      try {
        if (RUSSIAN.matcher(text).matches()) {
          String[] parts = text.split("\\.");
          date = LocalDate.parse(String.format("%02d.%02d.%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]), RU);
        } else if (ISO.matcher(text).matches()) {
          date = LocalDate.parse(text.substring(0, 10));
        } else {
          throw new DateTimeParseException("not a date", text, 0);
        }
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new BusinessRuleException(field, what + ": «" + Problems.quote(text) + "» — не дата. Выберите дату в календаре поля");
      }
    }
    return withinBounds(date, field, what);
  }

  /** The date, if it lies between {@link #EARLIEST} and {@link #LATEST}. */
  public static LocalDate withinBounds(LocalDate date, String field, String what) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      throw new BusinessRuleException(field, what + ": дата " + ru(date) + " вне допустимого диапазона "
          + ru(EARLIEST) + " – " + ru(LATEST));
    }
    return date;
  }

  /** The moment, if its date lies between {@link #EARLIEST} and {@link #LATEST}. */
  public static Instant withinBounds(Instant at, String field, String what) {
    if (at != null && (at.isBefore(EARLIEST.atStartOfDay(ZoneId.of("UTC")).toInstant())
        || at.isAfter(LATEST.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant()))) {
      throw new BusinessRuleException(field, what + ": дата вне допустимого диапазона " + ru(EARLIEST) + " – " + ru(LATEST));
    }
    return at;
  }

  /** An academic year (the calendar year of its 1 September), if it is a plausible one. */
  public static int academicYear(int year, String field) {
    if (year < 2000 || year > 2100) {
      throw new BusinessRuleException(field, "Год «" + year + "» вне допустимого диапазона 2000–2100");
    }
    return year;
  }
}
