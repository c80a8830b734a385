package ru.nastavnik.roadmap.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline cell (срок) into a {@link Deadline} following the deadline table of
 * {@code docs/roadmap-format.md}. The import period decides the dates a phrase without a year
 * means (its first occurrence inside the period), the occurrences of recurring phrases and the
 * due date of continuous ones. Never throws on any text: what cannot be read is
 * {@link DeadlineKind#UNKNOWN}.
 *
 * <p>Beyond the table: a year alone ({@code до 2021}) is 31 December of that year, as a month
 * alone is its last day; {@code до} in front of a date or month changes nothing ({@code до мая
 * 2022} is 31 May 2022); {@code в течение 2022 года} or {@code в течение сентября} is the range of
 * that year or month; {@code 2020-2021 учебный год} is 1 September .. 31 August;
 * {@code ежедневно}, {@code еженедельно}, {@code регулярно} are continuous.
 */
public final class DeadlineParser {

  /** Periods longer than this are refused: recurring deadlines would explode. */
  static final int MAX_PERIOD_YEARS = 100;
  private static final int MAX_PHRASE = 300;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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

  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
  private static final Pattern YEAR_WORD = Pattern.compile(
      "(\\d{4})\\s*(?:годах|годов|года|году|год|г\\.?\\s*г\\.?|гг\\.?|г\\.?)(?![\\p{L}])");
  private static final Pattern ON_DEMAND = Pattern.compile(
      "по мере|по отдельн|в соответствии со? (?:срок|график|план|программ|календар|положени|приказ|регламент|требовани)"
          + "|согласно (?:срок|график|план|положени)|по графику|по плану|по запрос|по согласовани|при необходимост"
          + "|по необходимост|по требовани|в установленн\\p{L}* срок|в сроки,? (?:установ|определ)|по решени"
          + "|по срокам|по приглашени|по факту");
  private static final Pattern HALF_YEARLY = Pattern.compile(
      "раз в полугоди|ежеполугод|кажд\\p{L}* полугоди|по полугоди|(?:2|два) раза в год|дважды в год");
  private static final Pattern QUARTERLY = Pattern.compile(
      "ежекварт|раз в квартал|кажд\\p{L}* квартал|поквартал|(?:4|четыре) раза в год");
  private static final Pattern MONTHLY = Pattern.compile("ежемесяч|раз в месяц|кажд\\p{L}* месяц");
  private static final Pattern ANNUAL = Pattern.compile(
      "ежегодн\\p{L}*|(?:1 |один )?раз в (?:учебный )?год|кажд\\p{L}* год");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:-?го)? числа");
  private static final Pattern CONTINUOUS = Pattern.compile(
      "постоянн|весь период|всего периода|в период реализации|на период реализации|в ходе реализации"
          + "|на протяжении|систематическ|регулярн|ежедневн|еженедельн|весь срок|в течение всего");
  private static final Pattern RELATIVE = Pattern.compile("месяц|недел|дн[яейи]|день|час|сут");
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
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern SPACED_DASH = Pattern.compile("\\s*-\\s*");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:]+|[\\s.,;:]+$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;| и )\\s*");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern FROM_TO = Pattern.compile("^(?:с|со|от) (.+?) (?:по|до) (.+)$");

  private DeadlineParser() {}

  /**
   * The deadline a phrase means inside the period {@code periodStart .. periodEnd} (both
   * inclusive).
   *
   * @throws IllegalArgumentException when the period is missing, reversed or longer than 100 years
   */
  public static Deadline parse(String text, LocalDate periodStart, LocalDate periodEnd) {
    return analyze(text, periodStart, periodEnd).deadline();
  }

  /** The deadline and, in Russian, what a person should look at (unknown phrase, date outside the period ...). */
  record Analysis(Deadline deadline, List<String> problems) {}

  static Analysis analyze(String text, LocalDate periodStart, LocalDate periodEnd) {
    checkPeriod(periodStart, periodEnd);
    String phrase = text == null ? "" : CellText.collapse(text);
    return new Reading(phrase, periodStart, periodEnd).read();
  }

  static void checkPeriod(LocalDate periodStart, LocalDate periodEnd) {
    if (periodStart == null || periodEnd == null) {
      throw new IllegalArgumentException("Не задан период дорожной карты (дата начала и дата окончания)");
    }
    if (periodStart.isAfter(periodEnd)) {
      throw new IllegalArgumentException("Начало периода " + periodStart.format(DAY)
          + " позже его окончания " + periodEnd.format(DAY));
    }
    if (periodEnd.getYear() - periodStart.getYear() > MAX_PERIOD_YEARS) {
      throw new IllegalArgumentException("Период дорожной карты длиннее " + MAX_PERIOD_YEARS + " лет");
    }
  }

  static String normalize(String phrase) {
    String s = phrase.toLowerCase(Locale.ROOT).replace('ё', 'е');
    s = DASHES.matcher(s).replaceAll("-");
    s = s.replace("сороками", "сроками").replace("в течении", "в течение").replace("в теч.", "в течение");
    s = YEAR_WORD.matcher(s).replaceAll("$1");
    s = CellText.collapse(SPACED_DASH.matcher(s).replaceAll("-"));
    return EDGE_PUNCTUATION.matcher(s).replaceAll("");
  }

  /** One reading of one phrase. */
  private static final class Reading {
    private final String phrase;
    private final LocalDate from;
    private final LocalDate to;
    private final List<String> problems = new ArrayList<>();

    Reading(String phrase, LocalDate from, LocalDate to) {
      this.phrase = phrase;
      this.from = from;
      this.to = to;
    }

    Analysis read() {
      if (phrase.isEmpty()) {
        return unknown("срок не указан — укажите дату вручную");
      }
      if (phrase.length() > MAX_PHRASE) {
        return unknown("срок «" + CellText.excerpt(phrase) + "» не распознан — укажите дату вручную");
      }
      String s = normalize(phrase);
      if (ON_DEMAND.matcher(s).find()) {
        return of(DeadlineKind.ON_DEMAND, null, List.of());
      }
      Analysis recurring = recurring(s);
      if (recurring != null) {
        return recurring;
      }
      if (s.startsWith("в течение ") || s.startsWith("на протяжении ")) {
        String rest = s.substring(s.indexOf(' ', 3) + 1).trim();
        Analysis within = explicit(rest, true);
        if (within != null) {
          return within;
        }
        if (!hasDigit(rest) && !mentionsMonth(rest) && !RELATIVE.matcher(rest).find()) {
          return continuous();
        }
        return notRecognized();
      }
      if (CONTINUOUS.matcher(s).find()) {
        return continuous();
      }
      Analysis explicit = explicit(s, false);
      if (explicit == null && s.indexOf('(') >= 0) {
        // "Март 2022 (по итогам полугодия)": the remark in brackets does not change the date.
        String bare = CellText.collapse(PARENTHESES.matcher(s).replaceAll(" "));
        explicit = bare.isEmpty() || bare.equals(s) ? null : explicit(EDGE_PUNCTUATION.matcher(bare).replaceAll(""), false);
      }
      return explicit != null ? explicit : notRecognized();
    }

    private Analysis recurring(String s) {
      if (HALF_YEARLY.matcher(s).find()) {
        return everyMonths(6, 0);
      }
      if (QUARTERLY.matcher(s).find()) {
        return everyMonths(3, 0);
      }
      if (MONTHLY.matcher(s).find()) {
        Matcher day = DAY_OF_MONTH.matcher(s);
        return everyMonths(1, day.find() ? Integer.parseInt(day.group(1)) : 0);
      }
      Matcher annual = ANNUAL.matcher(s);
      if (!annual.find()) {
        return null;
      }
      String rest = (s.substring(0, annual.start()) + " " + s.substring(annual.end()))
          .replace(',', ' ').replace(';', ' ').replace('(', ' ').replace(')', ' ');
      rest = CellText.collapse(rest);
      int month = 12;
      int day = 31;
      if (!rest.isEmpty()) {
        Span span = span(stripPrefixes(rest));
        if (span != null && span.valid()) {
          month = span.to.toMonth;
          day = span.to.toDay;
        } else if (hasDigit(rest) || mentionsMonth(rest)) {
          return notRecognized();
        }
      }
      List<LocalDate> dates = new ArrayList<>();
      for (int y = from.getYear(); y <= to.getYear(); y++) {
        LocalDate d = dayOf(y, month, day);
        if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
          dates.add(d);
        }
      }
      return recurringResult(dates);
    }

    private Analysis everyMonths(int step, int dayOfMonth) {
      List<LocalDate> dates = new ArrayList<>();
      YearMonth m = YearMonth.of(from.getYear(), step);
      YearMonth last = YearMonth.from(to);
      while (!m.isAfter(last)) {
        LocalDate d = dayOfMonth == 0 ? m.atEndOfMonth() : m.atDay(Math.min(dayOfMonth, m.lengthOfMonth()));
        if (!d.isBefore(from) && !d.isAfter(to)) {
          dates.add(d);
        }
        m = m.plusMonths(step);
      }
      return recurringResult(dates);
    }

    private Analysis recurringResult(List<LocalDate> dates) {
      if (dates.isEmpty()) {
        problems.add("срок «" + CellText.excerpt(phrase) + "» не приходится ни на одну дату внутри периода "
            + from.format(DAY) + "–" + to.format(DAY));
      }
      return of(DeadlineKind.RECURRING, null, dates);
    }

    private Analysis continuous() {
      return of(DeadlineKind.CONTINUOUS, from, List.of(to));
    }

    /** A date, a range or a list of dates; {@code null} when the text is none of these. */
    private Analysis explicit(String s, boolean within) {
      String text = within ? s : stripPrefixes(s);
      Span span = span(text);
      if (span == null) {
        return within ? null : list(text);
      }
      if (!span.valid()) {
        return unknown(span.reason);
      }
      boolean range = within ? span.from != span.to || span.from.month() || span.from.period
          : span.from != span.to || span.from.period;
      if (range) {
        return checked(DeadlineKind.RANGE, span.start, List.of(span.end));
      }
      return checked(DeadlineKind.DATE, null, List.of(span.end));
    }

    private Analysis list(String s) {
      String[] parts = LIST_SEPARATOR.split(s);
      if (parts.length < 2) {
        return null;
      }
      List<Point> points = new ArrayList<>();
      for (String p : parts) {
        Point point = point(stripPrefixes(p));
        if (point == null || point.bareDay != null || point.period) {
          return null;
        }
        points.add(point);
      }
      Integer year = null;
      for (int i = points.size() - 1; i >= 0; i--) {
        if (points.get(i).year != null) {
          year = points.get(i).year;
        } else if (year != null) {
          points.get(i).year = year;
        }
      }
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (Point p : points) {
        Span span = resolve(p, p);
        if (!span.valid()) {
          return unknown(span.reason);
        }
        dates.add(span.end);
      }
      return checked(DeadlineKind.DATE, null, new ArrayList<>(dates));
    }

    private Span span(String s) {
      if (s.isEmpty()) {
        return null;
      }
      Matcher academic = ACADEMIC.matcher(s);
      if (academic.matches()) {
        int y1 = Integer.parseInt(academic.group(1));
        String g2 = academic.group(2);
        int y2 = g2.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(g2) : Integer.parseInt(g2);
        Point a = Point.months(y1, 9, 9);
        Point b = Point.months(y2, 8, 8);
        return resolve(a, b);
      }
      Point single = point(s);
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
      Point a = point(stripPrefixes(left));
      Point b = point(stripPrefixes(right));
      if (a == null || b == null || b.bareDay != null) {
        return null;
      }
      if (a.bareDay != null) {
        if (b.fromDay == 0) {
          return null;
        }
        a = Point.day(b.year, b.fromMonth, a.bareDay);
      }
      return resolve(a, b);
    }

    private Span resolve(Point a, Point b) {
      boolean wraps = a.fromMonth * 100 + Math.max(a.fromDay, 1) > b.toMonth * 100 + (b.toDay == 0 ? 31 : b.toDay);
      try {
        if (b.year != null || a.year != null) {
          int endYear = b.year != null ? b.year : (wraps ? a.year + 1 : a.year);
          int startYear = a.year != null ? a.year : (wraps ? endYear - 1 : endYear);
          LocalDate start = a.start(startYear);
          LocalDate end = b.end(endYear);
          if (start.isAfter(end)) {
            return Span.invalid("в сроке «" + CellText.excerpt(phrase)
                + "» начало позже окончания — укажите даты вручную");
          }
          return new Span(a, b, start, end);
        }
        // No year: the first occurrence that ends inside the period (or after its start).
        for (int endYear = from.getYear(); endYear <= to.getYear() + 8; endYear++) {
          try {
            LocalDate end = b.end(endYear);
            LocalDate start = a.start(wraps ? endYear - 1 : endYear);
            if (!end.isBefore(from)) {
              return new Span(a, b, start, end);
            }
          } catch (DateTimeException leapDayInAnotherYear) {
            // 29 February: try the next year
          }
        }
        return Span.invalid(invalidDateMessage());
      } catch (DateTimeException e) {
        return Span.invalid(invalidDateMessage());
      }
    }

    private Point point(String s) {
      Matcher m = NUMERIC.matcher(s);
      if (m.matches()) {
        Integer year = m.group(3) == null ? null
            : m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3));
        return Point.day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = DAY_MONTH.matcher(s);
      if (m.matches() && MONTHS.containsKey(m.group(2))) {
        return Point.day(year(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = MONTH_YEAR.matcher(s);
      if (m.matches() && MONTHS.containsKey(m.group(1))) {
        int month = MONTHS.get(m.group(1));
        return Point.months(year(m.group(2)), month, month);
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        return Point.months(Integer.parseInt(m.group(1)), 1, 12);
      }
      m = QUARTER.matcher(s);
      if (m.matches()) {
        int q = ordinal(m.group(1));
        Point p = Point.months(year(m.group(2)), q * 3 - 2, q * 3);
        p.period = true;
        return p;
      }
      m = HALF.matcher(s);
      if (m.matches()) {
        int h = ordinal(m.group(1));
        Point p = Point.months(year(m.group(2)), h * 6 - 5, h * 6);
        p.period = true;
        return p;
      }
      m = BARE_DAY.matcher(s);
      if (m.matches()) {
        Point p = new Point();
        p.bareDay = Integer.parseInt(m.group(1));
        return p;
      }
      return null;
    }

    private Analysis checked(DeadlineKind kind, LocalDate start, List<LocalDate> dues) {
      if (start != null && start.isBefore(from) && dues.stream().noneMatch(d -> d.isBefore(from) || d.isAfter(to))) {
        // "Август–октябрь" in a September–August year: due inside, but started before the period
        problems.add("срок «" + CellText.excerpt(phrase) + "» начинается " + start.format(DAY) + ", до начала периода "
            + from.format(DAY) + " — проверьте год");
      }
      for (LocalDate d : dues) {
        if (d.isBefore(from) || d.isAfter(to)) {
          problems.add("срок «" + CellText.excerpt(phrase) + "» (" + d.format(DAY) + ") выходит за период "
              + from.format(DAY) + "–" + to.format(DAY));
          break;
        }
      }
      return of(kind, start, dues);
    }

    private String invalidDateMessage() {
      return "в сроке «" + CellText.excerpt(phrase) + "» указана несуществующая дата — укажите дату вручную";
    }

    private Analysis notRecognized() {
      return unknown("срок «" + CellText.excerpt(phrase) + "» не распознан — укажите дату вручную");
    }

    private Analysis unknown(String problem) {
      problems.add(problem);
      return of(DeadlineKind.UNKNOWN, null, List.of());
    }

    private Analysis of(DeadlineKind kind, LocalDate start, List<LocalDate> dues) {
      return new Analysis(new Deadline(phrase, kind, start, dues), List.copyOf(problems));
    }
  }

  private static String stripPrefixes(String s) {
    String prev;
    String t = s.trim();
    do {
      prev = t;
      t = DATE_PREFIX.matcher(t).replaceFirst("").trim();
    } while (!t.equals(prev));
    return t;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsMonth(String s) {
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

  private static LocalDate dayOf(int year, int month, int day) {
    try {
      return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A calendar point possibly without a year: a day, a month, a quarter, a half-year or a year. */
  private static final class Point {
    Integer year;
    int fromMonth;
    int fromDay;
    int toMonth;
    int toDay;
    boolean period;
    Integer bareDay;

    static Point day(Integer year, int month, int day) {
      Point p = new Point();
      p.year = year;
      p.fromMonth = month;
      p.toMonth = month;
      p.fromDay = day;
      p.toDay = day;
      return p;
    }

    static Point months(Integer year, int fromMonth, int toMonth) {
      Point p = new Point();
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

  /** A resolved span, or the reason it could not be resolved. */
  private static final class Span {
    final Point from;
    final Point to;
    final LocalDate start;
    final LocalDate end;
    String reason;

    Span(Point from, Point to, LocalDate start, LocalDate end) {
      this.from = from;
      this.to = to;
      this.start = start;
      this.end = end;
    }

    static Span invalid(String reason) {
      Span s = new Span(null, null, null, null);
      s.reason = reason;
      return s;
    }

    boolean valid() {
      return reason == null;
    }
  }
}
