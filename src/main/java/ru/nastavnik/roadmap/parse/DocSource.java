package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 (.doc) roadmap read with POI HWPF into {@link SourceLine}s the way
 * {@link DocxSource} reads a .docx: paragraphs before and between tables as free text, every
 * table row as cells in grid order. The .doc format has no grid of its own: the columns of a
 * table are the distinct left edges of its cells, and a cell wider than one column is followed by
 * empty cells, as a .docx cell with a grid span is. Field codes are dropped (their results kept),
 * a vertically merged continuation cell is empty.
 */
final class DocSource {

  /** Cell edges closer than this (in twips) are the same column boundary. */
  private static final int EDGE_TOLERANCE = 30;
  private static final int MAX_LINES = 50_000;

  private DocSource() {}

  static List<SourceLine> read(byte[] content) {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
      return new Reader(doc).read();
    } catch (RoadmapFormatException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new RoadmapFormatException("Документ Word 97–2003 (.doc) защищён паролем: снимите пароль "
          + "(сохраните копию без защиты) и загрузите её снова", e);
    } catch (Exception | StackOverflowError e) {
      throw new RoadmapFormatException("Документ Word 97–2003 (.doc) повреждён и не может быть прочитан: "
          + "пересохраните его в формате .docx", e);
    }
  }

  private static final class Reader {
    private final HWPFDocument doc;
    private final List<SourceLine> lines = new ArrayList<>();
    private int tableRow;
    private int table = -1;

    Reader(HWPFDocument doc) {
      this.doc = doc;
    }

    List<SourceLine> read() {
      Range range = doc.getRange();
      List<SourceLine> pending = new ArrayList<>();
      int count = range.numParagraphs();
      for (int i = 0; i < count; i++) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table t = range.getTable(p);
          lines.addAll(pending);
          pending.clear();
          table++;
          readTable(t);
          i += Math.max(1, t.numParagraphs()) - 1;
        } else {
          String raw = clean(p.text());
          pending.add(new SourceLine(tableRow, List.of(CellText.clean(raw)), SourceLine.Kind.FREE_TEXT,
              CellText.looksLikeHeading(raw) || isHeading(p)));
        }
        if (lines.size() + pending.size() > MAX_LINES) {
          throw new RoadmapFormatException("В документе больше " + MAX_LINES + " строк: это не похоже на дорожную карту");
        }
      }
      if (table < 0) {
        throw new RoadmapFormatException("В документе нет ни одной таблицы: дорожная карта должна быть оформлена таблицей");
      }
      return lines;
    }

    private void readTable(Table t) {
      TreeSet<Integer> edges = new TreeSet<>();
      for (int r = 0; r < t.numRows(); r++) {
        TableRow row = t.getRow(r);
        for (int c = 0; c < row.numCells(); c++) {
          addEdge(edges, row.getCell(c).getLeftEdge());
        }
      }
      List<Integer> columns = new ArrayList<>(edges);
      for (int r = 0; r < t.numRows(); r++) {
        TableRow row = t.getRow(r);
        tableRow++;
        List<String> cells = new ArrayList<>();
        int nonEmpty = 0;
        int widestNonEmptySpan = 0;
        for (int c = 0; c < row.numCells() && cells.size() < SheetSource.MAX_COLUMNS; c++) {
          TableCell cell = row.getCell(c);
          int left = column(columns, cell.getLeftEdge());
          int right = column(columns, cell.getLeftEdge() + cell.getWidth());
          while (cells.size() < left) {
            cells.add("");
          }
          int span = Math.max(1, (right < 0 ? columns.size() : right) - left);
          boolean continued = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
              || (cell.isMerged() && !cell.isFirstMerged());
          String text = continued ? "" : CellText.clean(clean(cell.text()));
          if (!text.isEmpty()) {
            nonEmpty++;
            widestNonEmptySpan = Math.max(widestNonEmptySpan, span);
          }
          cells.add(text);
          for (int k = 1; k < span && cells.size() < SheetSource.MAX_COLUMNS; k++) {
            cells.add("");
          }
        }
        SourceLine.Kind kind = nonEmpty == 1 && widestNonEmptySpan >= 2
            ? SourceLine.Kind.MERGED_ROW : SourceLine.Kind.TABLE_ROW;
        lines.add(new SourceLine(tableRow, cells, kind, kind == SourceLine.Kind.MERGED_ROW, table));
      }
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
      Integer near = edges.floor(edge + EDGE_TOLERANCE);
      if (near == null || near < edge - EDGE_TOLERANCE) {
        edges.add(edge);
      }
    }

    /** The index of the column boundary at this edge, or -1 beyond the last one. */
    private static int column(List<Integer> columns, int edge) {
      for (int i = 0; i < columns.size(); i++) {
        if (Math.abs(columns.get(i) - edge) <= EDGE_TOLERANCE) {
          return i;
        }
        if (columns.get(i) > edge) {
          return Math.max(0, i - 1);
        }
      }
      return -1;
    }

    private boolean isHeading(Paragraph p) {
      try {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null ? null : style.getName();
        if (name != null) {
          String s = name.toLowerCase(Locale.ROOT);
          if (s.startsWith("heading") || s.startsWith("заголовок") || s.equals("title")) {
            return true;
          }
        }
      } catch (RuntimeException unusualStyles) {
        // not a heading by style
      }
      boolean any = false;
      for (int i = 0; i < p.numCharacterRuns(); i++) {
        CharacterRun run = p.getCharacterRun(i);
        String text = clean(run.text());
        if (text.isBlank()) {
          continue;
        }
        if (!run.isBold()) {
          return false;
        }
        any = true;
      }
      return any;
    }
  }

  /**
   * The text of a .doc range without its control characters: field instructions go (results stay),
   * cell and paragraph marks and line breaks become spaces, a non-breaking hyphen is a hyphen and
   * an optional hyphen disappears.
   */
  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = text.indexOf('\u0013') >= 0 ? Range.stripFields(text) : text;
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u001E' -> sb.append('-');
        case '\u001F', '\u0001', '\u0008', '\u0013', '\u0014', '\u0015' -> { }
        default -> sb.append(c < 0x20 ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
