package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item or section number as written ({@code "1.1."}, {@code "2.1"}, {@code "II"}), with a
 * comparable key ({@code "1.1"}, {@code "2"}) for duplicate and gap checks.
 */
record NumberToken(String written, String key, int level, String rest) {

  private static final Pattern LEADING = Pattern.compile(
      "^(?:(?:раздел|этап|блок)\\s+)?"
          + "((?:\\d{1,3}|[IVXLC]{1,7})(?:[.,]\\d{1,3}){0,5})(\\.?\\)?)"
          + "(?=\\s|$|(?<=[.)])[\\p{L}«\"(])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ROMAN = Pattern.compile("^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$");
  private static final Pattern SUB_ITEM = Pattern.compile(
      "(\\d{1,3}(?:\\.\\d{1,3}){1,5})(\\.?)(?=\\s+[\\p{Lu}«\"„(]|(?<=\\.)\\s*\\p{Lu})");
  private static final Set<String> REFERENCE_WORDS = Set.of(
      "п", "пп", "пункт", "пункта", "пунктом", "пунктах", "ст", "гл", "ч", "разд", "раздел", "раздела",
      "прил", "приложение", "приложения", "стр", "см", "№", "таблица", "табл", "рис", "и", "от", "на", "в");

  /** The number the text starts with, or {@code null}. */
  static NumberToken leading(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    Matcher m = LEADING.matcher(text);
    if (!m.find()) {
      return null;
    }
    String body = m.group(1);
    String written = body + m.group(2);
    String[] parts = body.split("[.,]", 2);
    String first = parts[0];
    if (!Character.isDigit(first.charAt(0))) {
      if (!first.equals(first.toUpperCase(Locale.ROOT)) || !ROMAN.matcher(first).matches()) {
        return null;
      }
      first = Integer.toString(romanValue(first));
    }
    String key = (parts.length > 1 ? first + "." + parts[1] : first).replace(',', '.');
    if (m.group(2).isEmpty() && !key.contains(".") && m.end() < text.length()) {
      // "1 Нормативно-правовое ..." (seed 004) is a number; "2 раза в год" is not.
      String after = text.substring(m.end()).trim();
      if (after.isEmpty() || !Character.isUpperCase(after.codePointAt(0))) {
        return null;
      }
    }
    String rest = text.substring(m.end()).trim();
    if (rest.startsWith(".") || rest.startsWith(")")) {
      rest = rest.substring(1).trim();
    }
    return new NumberToken(written, key, key.split("\\.").length, rest);
  }

  static int romanValue(String roman) {
    int total = 0;
    int prev = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int v = switch (roman.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        case 'D' -> 500;
        default -> 1000;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  String parentKey() {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? "" : key.substring(0, dot);
  }

  int last() {
    int dot = key.lastIndexOf('.');
    return Integer.parseInt(key.substring(dot + 1));
  }

  /** A numbered sub-item found inside a cell: {@code 1.1. Изучение ...}. */
  record SubItem(String number, String key, String text) {}

  /**
   * Splits a cell that starts with a numbered sub-item ({@code "1.1. ... 1.2. ..."}) into the
   * sub-items; empty when the cell does not start with one. With {@code parentKey}, the first
   * sub-item must belong to that parent ({@code "1"} for {@code "1.1."}). Later numbers are taken
   * only when they continue the sequence under the same parent, so that a reference such as
   * "согласно п. 2.3 Положения" inside the text is not mistaken for a new item.
   */
  static List<SubItem> splitSubItems(String text, String parentKey) {
    List<SubItem> result = new ArrayList<>();
    if (text == null || text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return result;
    }
    Matcher m = SUB_ITEM.matcher(text);
    if (!m.find() || m.start() != 0) {
      return result;
    }
    String firstKey = m.group(1);
    String parent = firstKey.substring(0, firstKey.lastIndexOf('.'));
    if (parentKey != null && !parentKey.isEmpty() && !parent.equals(parentKey)) {
      return result;
    }
    List<int[]> bounds = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    bounds.add(new int[] {m.start(), m.end()});
    numbers.add(m.group(1) + m.group(2));
    keys.add(firstKey);
    int prevLast = lastComponent(firstKey);
    while (m.find()) {
      String k = m.group(1);
      int dot = k.lastIndexOf('.');
      if (!k.substring(0, dot).equals(parent)) {
        continue;
      }
      int last = lastComponent(k);
      if (last <= prevLast || last > prevLast + 3 || !startsNewItem(text, m.start())) {
        continue;
      }
      bounds.add(new int[] {m.start(), m.end()});
      numbers.add(m.group(1) + m.group(2));
      keys.add(k);
      prevLast = last;
    }
    for (int i = 0; i < bounds.size(); i++) {
      int from = bounds.get(i)[1];
      int to = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : text.length();
      result.add(new SubItem(numbers.get(i), keys.get(i), text.substring(from, to).trim()));
    }
    return result;
  }

  private static int lastComponent(String key) {
    return Integer.parseInt(key.substring(key.lastIndexOf('.') + 1));
  }

  private static boolean startsNewItem(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    if (".;:!?)»\"…".indexOf(c) < 0) {
      return false;
    }
    int end = c == '.' ? i : i + 1;
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '№')) {
      start--;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    return !(c == '.' && REFERENCE_WORDS.contains(word));
  }
}
