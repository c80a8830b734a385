package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word .docx roadmap read into {@link SourceLine}s: paragraphs before and between tables as free
 * text, every table row as cells in grid order (a cell spanning several grid columns is followed
 * by empty cells, a vertically merged continuation cell is empty, paragraphs of a cell are joined
 * with a space, automatic list numbers are written out). Rows are numbered 1, 2, ... over all the
 * tables of the document; a paragraph carries the number of the table row before it.
 */
final class DocxSource {

  /** Guards against zip bombs before POI inflates anything. */
  static final long MAX_UNZIPPED = Archive.MAX_UNZIPPED;

  private DocxSource() {}

  static boolean isZip(byte[] content) {
    return Archive.isZip(content);
  }

  /** Checks the archive before handing it to POI: sizes, and whether it is a Word document at all. */
  static void checkArchive(byte[] content) {
    if (DocumentFormat.ofArchive(Archive.scan(content)) != DocumentFormat.DOCX) {
      throw new RoadmapFormatException("Архив ZIP не является документом Word (.docx): загрузите дорожную карту в формате .docx");
    }
  }

  static List<SourceLine> read(byte[] content) {
    checkArchive(content);
    try (InputStream in = new ByteArrayInputStream(content); XWPFDocument doc = new XWPFDocument(in)) {
      return new Reader(doc).read();
    } catch (RoadmapFormatException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw new RoadmapFormatException("Документ Word повреждён и не может быть прочитан: пересохраните его в формате .docx", e);
    }
  }

  private static final class Reader {
    private final XWPFDocument doc;
    private final Labels labels;
    private final List<SourceLine> lines = new ArrayList<>();
    private int tableRow;
    private int table = -1;

    Reader(XWPFDocument doc) {
      this.doc = doc;
      this.labels = new Labels(doc.getNumbering());
    }

    List<SourceLine> read() {
      List<SourceLine> pending = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          String raw = paragraphText(p);
          pending.add(new SourceLine(tableRow, List.of(CellText.clean(raw)), SourceLine.Kind.FREE_TEXT,
              CellText.looksLikeHeading(raw) || isHeading(p)));
        } else if (element instanceof XWPFTable t) {
          lines.addAll(pending);
          pending.clear();
          table++;
          readTable(t);
        }
      }
      if (table < 0) {
        throw new RoadmapFormatException("В документе нет ни одной таблицы: дорожная карта должна быть оформлена таблицей");
      }
      // Paragraphs after the last table (signatures, notes) are not part of the table.
      return lines;
    }

    private void readTable(XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        tableRow++;
        List<String> cells = new ArrayList<>();
        int before = gridBefore(row);
        for (int i = 0; i < before; i++) {
          cells.add("");
        }
        int nonEmpty = 0;
        int widestNonEmptySpan = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
          CTTcPr pr = cell.getCTTc().getTcPr();
          int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
              ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
          boolean continued = pr != null && pr.getVMerge() != null
              && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
          String text = continued ? "" : CellText.clean(cellText(cell));
          if (!text.isEmpty()) {
            nonEmpty++;
            widestNonEmptySpan = Math.max(widestNonEmptySpan, span);
          }
          cells.add(text);
          for (int i = 1; i < span; i++) {
            cells.add("");
          }
        }
        SourceLine.Kind kind = nonEmpty == 1 && widestNonEmptySpan >= 2
            ? SourceLine.Kind.MERGED_ROW : SourceLine.Kind.TABLE_ROW;
        lines.add(new SourceLine(tableRow, cells, kind, kind == SourceLine.Kind.MERGED_ROW, table));
      }
    }

    private String cellText(XWPFTableCell cell) {
      StringBuilder sb = new StringBuilder();
      for (IBodyElement element : cell.getBodyElements()) {
        String part;
        if (element instanceof XWPFParagraph p) {
          part = paragraphText(p);
        } else if (element instanceof XWPFTable nested) {
          StringBuilder n = new StringBuilder();
          for (XWPFTableRow r : nested.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
              n.append(cellText(c)).append(' ');
            }
          }
          part = n.toString();
        } else {
          continue;
        }
        if (!part.isBlank()) {
          sb.append(part.trim()).append(' ');
        }
      }
      return sb.toString();
    }

    private String paragraphText(XWPFParagraph p) {
      String label = labels.label(p);
      String text = p.getText();
      return label == null ? text : label + " " + text;
    }

    private static boolean isHeading(XWPFParagraph p) {
      String style = p.getStyle();
      if (style != null) {
        String s = style.toLowerCase(Locale.ROOT);
        if (s.startsWith("heading") || s.startsWith("заголовок") || s.equals("title")) {
          return true;
        }
      }
      boolean any = false;
      for (XWPFRun run : p.getRuns()) {
        String text = run.text();
        if (text == null || text.isBlank()) {
          continue;
        }
        if (!run.isBold()) {
          return false;
        }
        any = true;
      }
      return any;
    }

    private static int gridBefore(XWPFTableRow row) {
      CTTrPr pr = row.getCtRow().getTrPr();
      if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
        return 0;
      }
      return Math.max(0, Math.min(64, pr.getGridBeforeArray(0).getVal().intValue()));
    }
  }

  /**
   * Word's automatic list numbers are not part of the paragraph text; a roadmap numbered that way
   * would lose its item numbers. This counts them the way Word does for ordinary lists.
   */
  private static final class Labels {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    Labels(XWPFNumbering numbering) {
      this.numbering = numbering;
    }

    String label(XWPFParagraph p) {
      if (numbering == null) {
        return null;
      }
      try {
        BigInteger numId = p.getNumID();
        if (numId == null) {
          return null;
        }
        int level = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(8, p.getNumIlvl().intValue()));
        CTLvl[] levels = levels(numId);
        if (levels == null) {
          return null;
        }
        CTLvl lvl = find(levels, level);
        if (lvl == null || lvl.getNumFmt() == null || lvl.getLvlText() == null) {
          return null;
        }
        String fmt = String.valueOf(lvl.getNumFmt().getVal());
        int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
        c[level] = c[level] == 0 ? start(lvl) : c[level] + 1;
        for (int i = level + 1; i < 9; i++) {
          c[i] = 0;
        }
        if ("bullet".equals(fmt) || "none".equals(fmt)) {
          return null;
        }
        String text = lvl.getLvlText().getVal();
        if (text == null) {
          return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            int k = text.charAt(++i) - '1';
            if (k >= 0 && k < 9) {
              CTLvl kl = find(levels, k);
              int value = c[k] == 0 && kl != null ? start(kl) : c[k];
              sb.append(format(value, kl == null || kl.getNumFmt() == null ? "decimal" : String.valueOf(kl.getNumFmt().getVal())));
            }
          } else {
            sb.append(ch);
          }
        }
        return sb.toString().trim();
      } catch (RuntimeException unusualNumbering) {
        return null;
      }
    }

    private CTLvl[] levels(BigInteger numId) {
      XWPFNum num = numbering.getNum(numId);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return null;
      }
      XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      return abs == null ? null : abs.getCTAbstractNum().getLvlArray();
    }

    private static CTLvl find(CTLvl[] levels, int level) {
      for (CTLvl l : levels) {
        if (l.getIlvl() != null && l.getIlvl().intValue() == level) {
          return l;
        }
      }
      return level < levels.length ? levels[level] : null;
    }

    private static int start(CTLvl lvl) {
      return lvl.getStart() != null && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(int value, String fmt) {
      return switch (fmt) {
        case "upperRoman" -> roman(value);
        case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
        case "upperLetter" -> letter(value);
        case "lowerLetter" -> letter(value).toLowerCase(Locale.ROOT);
        default -> Integer.toString(value);
      };
    }

    private static String roman(int value) {
      if (value <= 0 || value >= 4000) {
        return Integer.toString(value);
      }
      int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
      String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
      StringBuilder sb = new StringBuilder();
      int n = value;
      for (int i = 0; i < v.length; i++) {
        while (n >= v[i]) {
          sb.append(s[i]);
          n -= v[i];
        }
      }
      return sb.toString();
    }

    private static String letter(int value) {
      return value >= 1 && value <= 26 ? String.valueOf((char) ('A' + value - 1)) : Integer.toString(value);
    }
  }
}
