package ru.nastavnik.roadmap.parse;

import java.util.List;

/**
 * One item (мероприятие) of a roadmap.
 *
 * <p>{@code number} is kept as written in the document (duplicates and gaps are reported as
 * warnings, never renumbered). {@code section} is the number of the enclosing section as written,
 * its title when that section has no number, or {@code null} before the first section.
 * {@code row} is the 1-based line of the text form, or the 1-based table row of a .docx (counted
 * over all tables of the document); sub-items split from one cell share the row of that cell.
 */
public record ParsedItem(String number, String section, String title, Deadline deadline,
    Responsible responsible, String expectedResult, List<Indicator> indicators, int row) {

  public ParsedItem {
    indicators = List.copyOf(indicators);
  }
}
