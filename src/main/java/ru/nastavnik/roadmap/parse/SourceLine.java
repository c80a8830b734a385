package ru.nastavnik.roadmap.parse;

import java.util.List;

/**
 * One line of the source as the reader sees it: a table row (cells in grid order), a line of free
 * text outside the table, or a table row whose only content is one merged cell. {@code table} is
 * the 0-based table of a .docx the row belongs to ({@code 0} for the text form, {@code -1} for
 * free text).
 */
record SourceLine(int row, List<String> cells, Kind kind, boolean heading, int table) {

  enum Kind { TABLE_ROW, FREE_TEXT, MERGED_ROW }

  SourceLine {
    cells = List.copyOf(cells);
  }

  /** A line of the text form or a paragraph of a .docx: not in any particular table. */
  SourceLine(int row, List<String> cells, Kind kind, boolean heading) {
    this(row, cells, kind, heading, -1);
  }

  boolean blank() {
    return cells.stream().allMatch(String::isEmpty);
  }

  String joined() {
    StringBuilder sb = new StringBuilder();
    for (String c : cells) {
      if (!c.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
