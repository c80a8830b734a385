package ru.nastavnik.onboarding;

import java.util.List;

/**
 * One row of a staff list as a spreadsheet shows it: its number (1 = the first row of the sheet or
 * the first record of the CSV) and the text of its cells, column by column.
 */
record SheetRow(int number, List<String> cells) {

  String cell(int column) {
    if (column < 0 || column >= cells.size()) {
      return "";
    }
    String value = cells.get(column);
    return value == null ? "" : value.strip();
  }

  boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
