package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a PDF roadmap across its pages: a table going on over a page break is joined, with
 * the rest of a split row, and the entries become source lines numbered like .docx rows.
 */
final class PdfRows {

  private static final Pattern SUB_ITEM_START = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?(?:\\s|$)");

  private PdfRows() {}

  /**
   * Across pages: a table that goes on at the top of the next page keeps its number and columns,
   * and a first row there with an empty number cell is the rest of the row the page break split.
   */
  static List<PdfEntry> join(List<List<PdfEntry>> pages, Hyphenation words) {
    List<PdfEntry> all = new ArrayList<>();
    int table = -1;
    PdfEntry lastBand = null;
    for (List<PdfEntry> page : pages) {
      // the last row of the previous page, when the table was the last thing on it
      PdfEntry tableEnd = lastBand != null && !all.isEmpty() && all.get(all.size() - 1) == lastBand ? lastBand : null;
      PdfEntry splitCandidate = tableEnd;
      List<Float> pageColumns = null;
      List<Float> columns = null;
      boolean first = true;
      for (PdfEntry e : page) {
        if (!e.band()) {
          all.add(e);
          if (e.paragraph.any) {
            first = false;
          }
          continue;
        }
        if (e.columns != pageColumns) {
          pageColumns = e.columns;
          boolean continues = first && tableEnd != null && sameFrame(tableEnd.columns, e.columns);
          columns = continues ? tableEnd.columns : e.columns;
          if (!continues) {
            table++;
            splitCandidate = null;
          }
        }
        first = false;
        e.table = table;
        e.columns = columns;
        if (splitCandidate != null) {
          if (splitRest(splitCandidate, e, words)) {
            for (int c = 0; c < e.cells.size(); c++) {
              splitCandidate.cells.get(c).lines.addAll(e.cells.get(c).lines);
              splitCandidate.cells.get(c).any |= e.cells.get(c).any;
            }
            splitCandidate = null;
            continue;
          }
          if (!isHeader(e, words)) {
            splitCandidate = null;
          }
        }
        all.add(e);
        lastBand = e;
      }
    }
    return all;
  }

  private static boolean sameFrame(List<Float> a, List<Float> b) {
    return Math.abs(a.get(0) - b.get(0)) <= PdfTableGrid.EPS
        && Math.abs(a.get(a.size() - 1) - b.get(b.size() - 1)) <= PdfTableGrid.EPS;
  }

  private static boolean isHeader(PdfEntry e, Hyphenation words) {
    return Header.recognize(texts(e, words)) != null;
  }

  private static boolean splitRest(PdfEntry before, PdfEntry rest, Hyphenation words) {
    if (before.cells.size() != rest.cells.size() || rest.cells.isEmpty() || rest.cells.get(0).any) {
      return false;
    }
    for (int i = 0; i < before.edges.size(); i++) {
      if (Math.abs(before.edges.get(i) - rest.edges.get(i)) > PdfTableGrid.EPS) {
        return false;
      }
    }
    List<String> beforeTexts = texts(before, words);
    List<String> restTexts = texts(rest, words);
    if (Header.recognize(beforeTexts) != null || Header.recognize(restTexts) != null
        || TableReader.columnNumbers(beforeTexts) || beforeTexts.stream().allMatch(String::isEmpty)) {
      return false;
    }
    for (String t : restTexts) {
      if (!t.isEmpty()) {
        // "1.2. ..." in a row of its own is a new sub-item of a stage, not the rest of the row before.
        return !SUB_ITEM_START.matcher(t).find();
      }
    }
    return false;
  }

  private static List<String> texts(PdfEntry e, Hyphenation words) {
    List<String> texts = new ArrayList<>();
    for (PdfUnit u : e.cells) {
      texts.add(CellText.clean(words.join(u.lines)));
    }
    return texts;
  }

  /** Entries as source lines: bands in column order and numbered like .docx rows, paragraphs as free text. */
  static List<SourceLine> render(List<PdfEntry> entries, Hyphenation words) {
    List<SourceLine> lines = new ArrayList<>();
    List<SourceLine> pending = new ArrayList<>();
    int tableRow = 0;
    for (PdfEntry e : entries) {
      if (!e.band()) {
        String raw = words.join(e.paragraph.lines);
        pending.add(new SourceLine(tableRow, List.of(CellText.clean(raw)), SourceLine.Kind.FREE_TEXT,
            e.paragraph.any && (e.paragraph.bold || CellText.looksLikeHeading(raw))));
        continue;
      }
      lines.addAll(pending);
      pending.clear();
      tableRow++;
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < e.columns.size() - 1; c++) {
        cells.add("");
      }
      int nonEmpty = 0;
      int widestNonEmptySpan = 0;
      for (int i = 0; i < e.cells.size(); i++) {
        int from = nearest(e.columns, e.edges.get(i));
        int to = nearest(e.columns, e.edges.get(i + 1));
        String text = CellText.clean(words.join(e.cells.get(i).lines));
        if (text.isEmpty() || from >= cells.size()) {
          continue;
        }
        String old = cells.get(from);
        cells.set(from, old.isEmpty() ? text : old + " " + text);
        nonEmpty++;
        widestNonEmptySpan = Math.max(widestNonEmptySpan, to - from);
      }
      SourceLine.Kind kind = nonEmpty == 1 && widestNonEmptySpan >= 2 ? SourceLine.Kind.MERGED_ROW : SourceLine.Kind.TABLE_ROW;
      lines.add(new SourceLine(tableRow, cells, kind, kind == SourceLine.Kind.MERGED_ROW, e.table));
    }
    // Paragraphs after the last table (signatures, notes) are not part of the table, as in a .docx.
    return lines;
  }

  private static int nearest(List<Float> columns, float x) {
    int best = 0;
    for (int i = 1; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}
