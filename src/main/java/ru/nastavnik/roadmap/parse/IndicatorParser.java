package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a yearly indicator cell (показатель реализации): {@code 2026 г. – 60; 2027 г. – 60} gives
 * target 60 for 2026 and for 2027. Dashes, a colon or {@code =}, {@code г.}/{@code год}/{@code года}
 * and a trailing {@code %} are accepted. With the roadmap's period, {@link #read} also reads the
 * unit of the targets («2026 г. – 5 практик», «человек», «%»; one unit written once counts for all
 * the targets of the cell) and targets without years («5/7/10 практик») when there is one per
 * calendar year of the period. Never throws.
 */
public final class IndicatorParser {

  private static final Pattern PAIR = Pattern.compile(
      "(?<!\\d)((?:19|20|21)\\d{2})\\s*(?:года|году|год|г\\.?\\s*г?\\.?)?\\s*[-‐‑‒–—―−:=]\\s*(\\d{1,9})(?!\\d)\\s*%?");
  private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(%|[\\p{L}]+\\.?)");
  private static final Pattern SERIES = Pattern.compile("(?<![\\d.,/])(\\d{1,6}(?:\\s*/\\s*\\d{1,6}){1,9})(?![\\d.,/])");
  private static final Pattern WORD = Pattern.compile("%|[\\p{L}]+");
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:количество|кол-во|число|доля|не менее|не более|всего|ежегодно|охват)(?![\\p{L}])");
  private static final Pattern NOISE = Pattern.compile("[\\s;,.:/()]+");

  private IndicatorParser() {}

  /** The yearly targets in the order written, units left out; empty when the text holds none. */
  public static List<Indicator> parse(String text) {
    List<Indicator> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    Matcher m = PAIR.matcher(cut(text));
    while (m.find()) {
      result.add(new Indicator(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    return result;
  }

  /**
   * The targets of a cell with their units: yearly pairs as {@link #parse}, or a series
   * «5/7/10» read onto the calendar years of the period {@code from .. to} when their counts agree.
   */
  public static List<Indicator> read(String text, LocalDate from, LocalDate to) {
    List<Indicator> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    String t = cut(text);
    Matcher m = PAIR.matcher(t);
    List<IndicatorUnit> own = new ArrayList<>();
    while (m.find()) {
      IndicatorUnit unit = t.charAt(m.end() - 1) == '%' ? IndicatorUnit.PERCENT : unitAfter(t, m.end());
      own.add(unit);
      result.add(new Indicator(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), unit));
    }
    if (result.isEmpty()) {
      Matcher series = SERIES.matcher(t);
      if (series.find() && !series.find()) {
        series.reset().find();
        String[] values = series.group(1).split("\\s*/\\s*");
        int years = to.getYear() - from.getYear() + 1;
        if (values.length == years) {
          IndicatorUnit unit = unitAfter(t, series.end());
          for (int i = 0; i < values.length; i++) {
            result.add(new Indicator(from.getYear() + i, Integer.parseInt(values[i]), unit));
          }
          own.add(unit);
        }
      }
    }
    IndicatorUnit common = commonUnit(t, own);
    if (common != IndicatorUnit.NOT_STATED) {
      result.replaceAll(i -> i.unit() == IndicatorUnit.NOT_STATED ? new Indicator(i.year(), i.target(), common) : i);
    }
    return result;
  }

  /** What is left of the text once the yearly targets are taken out (separators ignored); empty when all was read. */
  static String residue(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String rest = PAIR.matcher(cut(text)).replaceAll(" ");
    return NOISE.matcher(rest).replaceAll(" ").trim();
  }

  /** As {@link #residue(String)}, with the units, labels («количество») and a «5/7/10» series read by {@link #read} also taken out. */
  static String residue(String text, LocalDate from, LocalDate to) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = cut(text);
    StringBuilder rest = new StringBuilder();
    Matcher m = PAIR.matcher(t);
    int last = 0;
    while (m.find()) {
      rest.append(t, last, m.start()).append(' ');
      last = m.end();
      Matcher unit = UNIT_AFTER.matcher(t.substring(last));
      if (unit.find() && unitOf(unit.group(1)) != null) {
        last += unit.end();
      }
    }
    rest.append(t.substring(last));
    String s = rest.toString();
    if (last == 0 && !read(t, from, to).isEmpty()) {
      s = SERIES.matcher(s).replaceFirst(" ");
    }
    s = LABEL.matcher(s).replaceAll(" ");
    StringBuilder kept = new StringBuilder();
    Matcher w = WORD.matcher(s);
    int at = 0;
    while (w.find()) {
      kept.append(s, at, w.start());
      if (unitOf(w.group()) == null) {
        kept.append(w.group());
      }
      at = w.end();
    }
    kept.append(s.substring(at));
    return NOISE.matcher(kept).replaceAll(" ").replace("%", "").trim();
  }

  private static String cut(String text) {
    return text.length() > 10_000 ? text.substring(0, 10_000) : text;
  }

  private static IndicatorUnit unitAfter(String text, int at) {
    Matcher unit = UNIT_AFTER.matcher(text.substring(at));
    if (!unit.find()) {
      return IndicatorUnit.NOT_STATED;
    }
    IndicatorUnit u = unitOf(unit.group(1));
    return u == null ? IndicatorUnit.NOT_STATED : u;
  }

  /** The one unit the rest of the cell names («Количество практик: …»), when it names exactly one kind. */
  private static IndicatorUnit commonUnit(String text, List<IndicatorUnit> own) {
    IndicatorUnit found = IndicatorUnit.NOT_STATED;
    for (IndicatorUnit u : own) {
      if (u != IndicatorUnit.NOT_STATED) {
        if (found != IndicatorUnit.NOT_STATED && found != u) {
          return IndicatorUnit.NOT_STATED;
        }
        found = u;
      }
    }
    String rest = PAIR.matcher(text).replaceAll(" ");
    Matcher w = WORD.matcher(rest);
    while (w.find()) {
      IndicatorUnit u = unitOf(w.group());
      if (u != null) {
        if (found != IndicatorUnit.NOT_STATED && found != u) {
          return IndicatorUnit.NOT_STATED;
        }
        found = u;
      }
    }
    return found;
  }

  /** The unit a word names, or {@code null}. */
  static IndicatorUnit unitOf(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (w.equals("%") || w.startsWith("процент")) {
      return IndicatorUnit.PERCENT;
    }
    if (w.equals("оо") || w.equals("оу") || w.startsWith("организаци") || w.equals("орг") || w.equals("орг.")
        || w.startsWith("учреждени") || w.startsWith("школ")) {
      return IndicatorUnit.ORGANIZATIONS;
    }
    if (w.equals("чел") || w.equals("чел.") || w.startsWith("человек") || w.startsWith("педагог") || w.startsWith("наставник")
        || w.startsWith("наставляем") || w.startsWith("участник") || w.startsWith("специалист") || w.startsWith("работник")
        || w.startsWith("учител") || w.startsWith("обучающ") || w.startsWith("куратор")) {
      return IndicatorUnit.PEOPLE;
    }
    if (w.startsWith("практик") || w.startsWith("кейс")) {
      return IndicatorUnit.PRACTICES;
    }
    if (w.startsWith("мероприяти") || w.startsWith("семинар") || w.startsWith("конференци") || w.startsWith("событи")
        || w.startsWith("вебинар") || w.startsWith("конкурс")) {
      return IndicatorUnit.EVENTS;
    }
    if (w.startsWith("программ")) {
      return IndicatorUnit.PROGRAMS;
    }
    if (w.equals("пар") || w.equals("пары") || w.equals("пара") || w.startsWith("наставнических")) {
      return IndicatorUnit.PAIRS;
    }
    if (w.startsWith("публикаци") || w.startsWith("стат") && w.length() <= 6 || w.startsWith("материал")) {
      return IndicatorUnit.PUBLICATIONS;
    }
    if (w.startsWith("документ") || w.equals("акт") || w.equals("актов") || w.startsWith("приказ") || w.startsWith("положени")) {
      return IndicatorUnit.DOCUMENTS;
    }
    if (w.equals("ед") || w.equals("ед.") || w.startsWith("единиц") || w.equals("шт") || w.equals("шт.")) {
      return IndicatorUnit.UNITS;
    }
    return null;
  }
}
