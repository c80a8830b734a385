package ru.nastavnik.roadmap.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern SPACED_DASH = Pattern.compile("\\s*-\\s*");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:]+|[\\s.,;:]+$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;| и )\\s*");

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
    private final DeadlineCalendar calendar;

    Reading(String phrase, LocalDate from, LocalDate to) {
      this.phrase = phrase;
      this.from = from;
      this.to = to;
      this.calendar = new DeadlineCalendar(phrase, from, to);
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
        if (!hasDigit(rest) && !DeadlineCalendar.mentionsMonth(rest) && !RELATIVE.matcher(rest).find()) {
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
        DeadlineSpan span = calendar.span(DeadlineCalendar.stripPrefixes(rest));
        if (span != null && span.valid()) {
          month = span.to.toMonth;
          day = span.to.toDay;
        } else if (hasDigit(rest) || DeadlineCalendar.mentionsMonth(rest)) {
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
      String text = within ? s : DeadlineCalendar.stripPrefixes(s);
      DeadlineSpan span = calendar.span(text);
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
      List<DeadlinePoint> points = new ArrayList<>();
      for (String p : parts) {
        DeadlinePoint point = calendar.point(DeadlineCalendar.stripPrefixes(p));
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
      for (DeadlinePoint p : points) {
        DeadlineSpan span = calendar.resolve(p, p);
        if (!span.valid()) {
          return unknown(span.reason);
        }
        dates.add(span.end);
      }
      return checked(DeadlineKind.DATE, null, new ArrayList<>(dates));
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



  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }



  private static LocalDate dayOf(int year, int month, int day) {
    try {
      return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
