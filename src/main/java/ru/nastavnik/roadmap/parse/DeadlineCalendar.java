package ru.nastavnik.roadmap.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar side of a deadline phrase: Russian month words, a date, a month, a quarter, a
 * half-year, a year or an academic year read into {@link DeadlinePoint}s, two of them into a
 * {@link DeadlineSpan}, and a span without a year resolved to its first occurrence in the period.
 */
final class DeadlineCalendar {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] forms = {
        {"январь", "января", "январе", "янв"},
        {"февраль", "февраля", "феврале", "фев", "февр"},
        {"март", "марта", "марте", "мар"},
        {"апрель", "апреля", "апреле", "апр"},
        {"май", "мая", "мае"},
        {"июнь", "июня", "июне", "июн"},
        {"июль", "июля", "июле", "июл"},
        {"август", "августа", "августе", "авг"},
        {"сентябрь", "сентября", "сентябре", "сен", "сент"},
        {"октябрь", "октября", "октябре", "окт"},
        {"ноябрь", "ноября", "ноябре", "ноя", "нояб"},
        {"декабрь", "декабря", "декабре", "дек"}};
    for (int i = 0; i < forms.length; i++) {
      for (String f : forms[i]) {
        MONTHS.put(f, i + 1);
      }
    }
  }

  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^(?:не позднее|не позже|в срок до|в срок|сроки?:?|до конца|до окончания|в конце|конец|конца|окончание"
          + "|до|к|по|на|в|во)\\s+");
  private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?$");
  private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2}) (\\p{L}+)\\.?(?: (\\d{4}))?$");
  private static final Pattern MONTH_YEAR = Pattern.compile("^(\\p{L}+)\\.?(?: (\\d{4}))?$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern QUARTER = Pattern.compile(
      "^(iv|i{1,3}|[1-4])(?:-?(?:й|ый|ой|го|м))? (?:квартал\\p{L}*|кв)\\.?(?: (\\d{4}))?$");
  private static final Pattern HALF = Pattern.compile(
      "^(ii|i|[12]|перв\\p{L}*|втор\\p{L}*)(?:-?(?:е|ое|ого|м))? полугоди\\p{L}*(?: (\\d{4}))?$");
  private static final Pattern ACADEMIC = Pattern.compile(
      "^(\\d{4})[-/](\\d{4}|\\d{2}) (?:уч\\.?|учебн\\p{L}*)(?: (?:г\\.?|год\\p{L}*))?$");
  private static final Pattern BARE_DAY = Pattern.compile("^(\\d{1,2})$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern FROM_TO = Pattern.compile("^(?:с|со|от) (.+?) (?:по|до) (.+)$");

  private final String phrase;
  private final LocalDate from;
  private final LocalDate to;

  DeadlineCalendar(String phrase, LocalDate from, LocalDate to) {
    this.phrase = phrase;
    this.from = from;
    this.to = to;
  }

  DeadlineSpan span(String s) {
    if (s.isEmpty()) {
      return null;
    }
    Matcher academic = ACADEMIC.matcher(s);
    if (academic.matches()) {
      int y1 = Integer.parseInt(academic.group(1));
      String g2 = academic.group(2);
      int y2 = g2.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(g2) : Integer.parseInt(g2);
      DeadlinePoint a = DeadlinePoint.months(y1, 9, 9);
      DeadlinePoint b = DeadlinePoint.months(y2, 8, 8);
      return resolve(a, b);
    }
    DeadlinePoint single = point(s);
    if (single != null && single.bareDay == null) {
      return resolve(single, single);
    }
    Matcher fromTo = FROM_TO.matcher(s);
    String left;
    String right;
    if (fromTo.matches()) {
      left = fromTo.group(1);
      right = fromTo.group(2);
    } else {
      int dash = s.indexOf('-');
      if (dash <= 0 || dash != s.lastIndexOf('-')) {
        return null;
      }
      left = s.substring(0, dash).trim();
      right = s.substring(dash + 1).trim();
    }
    DeadlinePoint a = point(stripPrefixes(left));
    DeadlinePoint b = point(stripPrefixes(right));
    if (a == null || b == null || b.bareDay != null) {
      return null;
    }
    if (a.bareDay != null) {
      if (b.fromDay == 0) {
        return null;
      }
      a = DeadlinePoint.day(b.year, b.fromMonth, a.bareDay);
    }
    return resolve(a, b);
  }

  DeadlineSpan resolve(DeadlinePoint a, DeadlinePoint b) {
    boolean wraps = a.fromMonth * 100 + Math.max(a.fromDay, 1) > b.toMonth * 100 + (b.toDay == 0 ? 31 : b.toDay);
    try {
      if (b.year != null || a.year != null) {
        int endYear = b.year != null ? b.year : (wraps ? a.year + 1 : a.year);
        int startYear = a.year != null ? a.year : (wraps ? endYear - 1 : endYear);
        LocalDate start = a.start(startYear);
        LocalDate end = b.end(endYear);
        if (start.isAfter(end)) {
          return DeadlineSpan.invalid("в сроке «" + CellText.excerpt(phrase)
              + "» начало позже окончания — укажите даты вручную");
        }
        return new DeadlineSpan(a, b, start, end);
      }
      // No year: the first occurrence that ends inside the period (or after its start).
      for (int endYear = from.getYear(); endYear <= to.getYear() + 8; endYear++) {
        try {
          LocalDate end = b.end(endYear);
          LocalDate start = a.start(wraps ? endYear - 1 : endYear);
          if (!end.isBefore(from)) {
            return new DeadlineSpan(a, b, start, end);
          }
        } catch (DateTimeException leapDayInAnotherYear) {
          // 29 February: try the next year
        }
      }
      return DeadlineSpan.invalid(invalidDateMessage());
    } catch (DateTimeException e) {
      return DeadlineSpan.invalid(invalidDateMessage());
    }
  }

  DeadlinePoint point(String s) {
    Matcher m = NUMERIC.matcher(s);
    if (m.matches()) {
      Integer year = m.group(3) == null ? null
          : m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
      return DeadlinePoint.day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return DeadlinePoint.day(year(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = MONTH_YEAR.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      int month = MONTHS.get(m.group(1));
      return DeadlinePoint.months(year(m.group(2)), month, month);
    }
    m = YEAR.matcher(s);
    if (m.matches()) {
      return DeadlinePoint.months(Integer.parseInt(m.group(1)), 1, 12);
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      int q = ordinal(m.group(1));
      DeadlinePoint p = DeadlinePoint.months(year(m.group(2)), q * 3 - 2, q * 3);
      p.period = true;
      return p;
    }
    m = HALF.matcher(s);
    if (m.matches()) {
      int h = ordinal(m.group(1));
      DeadlinePoint p = DeadlinePoint.months(year(m.group(2)), h * 6 - 5, h * 6);
      p.period = true;
      return p;
    }
    m = BARE_DAY.matcher(s);
    if (m.matches()) {
      DeadlinePoint p = new DeadlinePoint();
      p.bareDay = Integer.parseInt(m.group(1));
      return p;
    }
    return null;
  }

  private String invalidDateMessage() {
    return "в сроке «" + CellText.excerpt(phrase) + "» указана несуществующая дата — укажите дату вручную";
  }

  static String stripPrefixes(String s) {
    String prev;
    String t = s.trim();
    do {
      prev = t;
      t = DATE_PREFIX.matcher(t).replaceFirst("").trim();
    } while (!t.equals(prev));
    return t;
  }

  static boolean mentionsMonth(String s) {
    for (String word : NON_LETTERS.split(s)) {
      if (MONTHS.containsKey(word)) {
        return true;
      }
    }
    return false;
  }

  /** The month (1–12) a Russian month word means in any of its forms ({@code января}, {@code январь}), or {@code null}. */
  static Integer month(String word) {
    return word == null ? null : MONTHS.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
  }

  private static Integer year(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }

  private static int ordinal(String s) {
    return switch (s) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      case "iv", "4" -> 4;
      default -> s.startsWith("перв") ? 1 : 2;
    };
  }
}
