package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a yearly indicator cell (показатель реализации): {@code 2026 г. – 60; 2027 г. – 60} gives
 * target 60 for 2026 and for 2027. Dashes, a colon or {@code =}, {@code г.}/{@code год}/{@code года}
 * and a trailing {@code %} are accepted. Never throws.
 */
public final class IndicatorParser {

  private static final Pattern PAIR = Pattern.compile(
      "(?<!\\d)((?:19|20|21)\\d{2})\\s*(?:года|году|год|г\\.?\\s*г?\\.?)?\\s*[-‐‑‒–—―−:=]\\s*(\\d{1,9})(?!\\d)\\s*%?");

  private static final Pattern NOISE = Pattern.compile("[\\s;,.]+");

  private IndicatorParser() {}

  /** The yearly targets in the order written; empty when the text holds none. */
  public static List<Indicator> parse(String text) {
    List<Indicator> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    Matcher m = PAIR.matcher(text.length() > 10_000 ? text.substring(0, 10_000) : text);
    while (m.find()) {
      result.add(new Indicator(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    return result;
  }

  /** What is left of the text once the yearly targets are taken out (separators ignored); empty when all was read. */
  static String residue(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String rest = PAIR.matcher(text.length() > 10_000 ? text.substring(0, 10_000) : text).replaceAll(" ");
    return NOISE.matcher(rest).replaceAll(" ").trim();
  }
}
