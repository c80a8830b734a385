package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The header row of a roadmap table: which column means what, found by the column names. */
final class Header {

  enum Column { NUMBER, STAGE, TITLE, DEADLINE, RESPONSIBLE, RESULT, INDICATOR }

  private static final Pattern NUMBER = Pattern.compile(
      "^(?:№|n|nn|no|номер)\\s*(?:п\\s*[/.\\\\]?\\s*п\\.?)?$|^п\\s*/\\s*п$");
  private static final Pattern TRAILING = Pattern.compile("[\\s:.*]+$");
  private static final int MAX_HEADER_CELL = 120;

  private final Map<Column, Integer> index;
  private final int width;
  private final List<String> ignored;

  private Header(Map<Column, Integer> index, int width, List<String> ignored) {
    this.index = index;
    this.width = width;
    this.ignored = ignored;
  }

  /** The header these (cleaned) cells make, or {@code null} when they are not a header row. */
  static Header recognize(List<String> cells) {
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    List<String> ignored = new ArrayList<>();
    int nonEmpty = 0;
    int recognized = 0;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      nonEmpty++;
      Column column = cell.length() > MAX_HEADER_CELL ? null : classify(cell);
      if (column == null) {
        ignored.add(cell);
        continue;
      }
      recognized++;
      if (index.containsKey(column)) {
        ignored.add(cell);
      } else {
        index.put(column, i);
      }
    }
    if (index.containsKey(Column.STAGE) && !index.containsKey(Column.TITLE)) {
      index.put(Column.TITLE, index.remove(Column.STAGE));
    }
    // Three known columns, one of them the title, and mostly known names: a data row that merely
    // mentions "мероприятия" or "сроки" does not pass.
    if (!index.containsKey(Column.TITLE) || index.size() < 3 || recognized * 5 < nonEmpty * 3) {
      return null;
    }
    return new Header(index, cells.size(), Collections.unmodifiableList(ignored));
  }

  static Column classify(String cell) {
    String t = cell.toLowerCase(Locale.ROOT);
    char first = t.charAt(0);
    if (first == '№' || first == 'n' || first == 'п') {
      String number = TRAILING.matcher(CellText.collapse(t)).replaceFirst("");
      if (first == '№' || NUMBER.matcher(number).matches()) {
        return number.length() <= 12 ? Column.NUMBER : null;
      }
    }
    if (t.contains("показател") || t.contains("индикатор")) {
      return Column.INDICATOR;
    }
    if (t.contains("этап")) {
      return Column.STAGE;
    }
    if (t.startsWith("срок") || t.contains(" срок") || t.startsWith("дата") || t.startsWith("период")) {
      return Column.DEADLINE;
    }
    if (t.contains("ответствен") || t.contains("исполнител")) {
      return Column.RESPONSIBLE;
    }
    if (t.contains("результат") || t.contains("вид документа") || t.contains("форма отчет")) {
      return Column.RESULT;
    }
    if (t.contains("мероприят") || t.contains("наименование") || t.contains("содержание")
        || t.contains("направлени")) {
      return Column.TITLE;
    }
    return null;
  }

  boolean has(Column column) {
    return index.containsKey(column);
  }

  String get(List<String> cells, Column column) {
    Integer i = index.get(column);
    return i == null || i >= cells.size() ? "" : cells.get(i);
  }

  int width() {
    return width;
  }

  /** Header names that were not mapped to any column (their cells are not imported). */
  List<String> ignored() {
    return ignored;
  }

  boolean sameColumns(Header other) {
    return index.equals(other.index);
  }
}
