package ru.nastavnik.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every Excel workbook the system issues, styled alike and written as a stream (SXSSF: only a
 * window of rows is in memory, so a registry of a hundred thousand rows costs no more heap than
 * one of ten). A table sheet has a title, a subtitle (who, when), a styled header row frozen at
 * the top with an autofilter, typed cells — numbers are numbers, dates are dates — column widths
 * taken from the header and the first rows, optional totals by formula, and a landscape A4 page
 * setup fitted to the page width with the header repeated on every printed page.
 */
public final class OfficialXlsx implements AutoCloseable {

  /** What a column holds and so how its cells are typed and formatted. */
  public enum Kind { TEXT, LONG_TEXT, INTEGER, DECIMAL, NUMBER, DATE }

  /** A column: its header and kind. */
  public record Column(String header, Kind kind) {
    public static Column text(String header) { return new Column(header, Kind.TEXT); }
    public static Column longText(String header) { return new Column(header, Kind.LONG_TEXT); }
    public static Column integer(String header) { return new Column(header, Kind.INTEGER); }
    public static Column decimal(String header) { return new Column(header, Kind.DECIMAL); }
    /** Whole and fractional numbers mixed in one column (shown as they are). */
    public static Column number(String header) { return new Column(header, Kind.NUMBER); }
    public static Column date(String header) { return new Column(header, Kind.DATE); }
  }

  /** In {@link Table#totals}: the column's sum, written as a {@code SUM} formula over the data rows. */
  public static final Object SUM = new Object() {
    @Override
    public String toString() { return "SUM"; }
  };

  /** Rows kept in memory; older ones go to a temporary file. */
  private static final int WINDOW = 200;
  /** Rows read to fit the column widths. */
  private static final int WIDTH_SAMPLE = 500;
  private static final int MAX_TEXT = 32_000;
  /** Height of a line of wrapped text (Calibri 11) and the most lines a row is made tall for. */
  private static final float LINE_POINTS = 15f;
  private static final int MAX_LINES = 20;
  /** Zero-based index of the header row: title, subtitle, an empty row, then the header. */
  public static final int HEADER_ROW = 3;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final List<Table> tables = new ArrayList<>();
  private final CellStyle title;
  private final CellStyle wrappedTitle;
  private final CellStyle subtitle;
  private final CellStyle header;
  private final CellStyle[] cell = new CellStyle[Kind.values().length];
  private final CellStyle[] total = new CellStyle[Kind.values().length];

  public OfficialXlsx() {
    workbook.setCompressTempFiles(true);
    DataFormat formats = workbook.createDataFormat();
    Font bigBold = font(14, true, false);
    Font bold = font(11, true, false);
    Font plain = font(11, false, false);
    Font italic = font(10, false, true);
    title = workbook.createCellStyle();
    title.setFont(bigBold);
    wrappedTitle = workbook.createCellStyle();
    wrappedTitle.setFont(bigBold);
    wrappedTitle.setWrapText(true);
    wrappedTitle.setVerticalAlignment(VerticalAlignment.TOP);
    subtitle = workbook.createCellStyle();
    subtitle.setFont(italic);
    header = bordered(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    for (Kind kind : Kind.values()) {
      cell[kind.ordinal()] = styleOf(kind, plain, formats, false);
      total[kind.ordinal()] = styleOf(kind, bold, formats, true);
    }
  }

  private Font font(int points, boolean bold, boolean italic) {
    Font font = workbook.createFont();
    font.setFontName("Calibri");
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
  }

  private CellStyle bordered(Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private CellStyle styleOf(Kind kind, Font font, DataFormat formats, boolean totals) {
    CellStyle style = bordered(font);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (totals) {
      style.setBorderTop(BorderStyle.MEDIUM);
    }
    switch (kind) {
      case LONG_TEXT -> style.setWrapText(true);
      case INTEGER -> style.setDataFormat(formats.getFormat("0"));
      case DECIMAL -> style.setDataFormat(formats.getFormat("0.0"));
      case DATE -> {
        style.setDataFormat(formats.getFormat("dd.mm.yyyy"));
        style.setAlignment(HorizontalAlignment.CENTER);
      }
      default -> { }
    }
    return style;
  }

  /** A new sheet with the table's title, subtitle and header row. */
  public Table table(String sheetName, String titleText, String subtitleText, List<Column> columns, int frozenColumns) {
    Table table = new Table(workbook.createSheet(safeSheetName(sheetName)), titleText, subtitleText, columns, frozenColumns);
    tables.add(table);
    return table;
  }

  private static String safeSheetName(String name) {
    String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return safe.length() > 31 ? safe.substring(0, 31) : safe;
  }

  /** One table sheet. Rows are written in order; {@link #finish} happens when the workbook is written. */
  public final class Table {
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final int frozenColumns;
    private final int[] widths;
    private final double[] sums;
    private int next = HEADER_ROW + 1;
    private int lastData = HEADER_ROW;
    private boolean finished;

    private Table(SXSSFSheet sheet, String titleText, String subtitleText, List<Column> columns, int frozenColumns) {
      this.sheet = sheet;
      this.columns = List.copyOf(columns);
      this.frozenColumns = frozenColumns;
      this.widths = new int[columns.size()];
      this.sums = new double[columns.size()];
      Cell titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(titleText);
      titleCell.setCellStyle(title);
      Cell subtitleCell = sheet.createRow(1).createCell(0);
      subtitleCell.setCellValue(subtitleText);
      subtitleCell.setCellStyle(subtitle);
      if (columns.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
      }
      Row headerRow = sheet.createRow(HEADER_ROW);
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        Cell cell = headerRow.createCell(c);
        cell.setCellValue(column.header());
        cell.setCellStyle(header);
        widths[c] = initialWidth(column);
        lines = Math.max(lines, lines(column.header(), widths[c] - 1));
      }
      headerRow.setHeightInPoints(Math.min(6, lines) * LINE_POINTS);
      int titleWidth = java.util.Arrays.stream(widths).sum();
      int titleLines = Math.min(3, lines(titleText, Math.max(20, (int) (titleWidth * 0.8))));
      if (titleLines > 1) {
        titleCell.setCellStyle(wrappedTitle);
        sheet.getRow(0).setHeightInPoints(titleLines * 19f);
      }
    }

    private static int initialWidth(Column column) {
      int longestWord = 0;
      for (String word : column.header().split("\\s+")) {
        longestWord = Math.max(longestWord, word.length());
      }
      int base = switch (column.kind()) {
        case DATE -> 12;
        case LONG_TEXT -> 50;
        case INTEGER, DECIMAL, NUMBER -> 6;
        case TEXT -> 8;
      };
      return Math.max(base, longestWord + 2);
    }

    /** Appends a data row: {@code Number}, {@code LocalDate}, {@code Boolean} (да/нет), text, or null for an empty cell. */
    public void row(List<?> values) {
      Row row = sheet.createRow(next);
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        Object value = c < values.size() ? values.get(c) : null;
        write(row, c, value, cell[columns.get(c).kind().ordinal()]);
        if (columns.get(c).kind() == Kind.LONG_TEXT && value != null) {
          lines = Math.max(lines, lines(value.toString(), Math.min(60, widths[c]) - 2));
        }
        if (value instanceof Number number) {
          sums[c] += number.doubleValue();
        }
        if (next - HEADER_ROW <= WIDTH_SAMPLE && columns.get(c).kind() != Kind.LONG_TEXT) {
          widths[c] = Math.max(widths[c], displayLength(value) + 2);
        }
      }
      // wrapped text needs its height: viewers do not fit rows written by a stream
      if (lines > 1) {
        row.setHeightInPoints(Math.min(MAX_LINES, lines) * LINE_POINTS);
      }
      lastData = next++;
    }

    /** Lines a text takes when wrapped at words in {@code perLine} characters. */
    private static int lines(String text, int perLine) {
      int lines = 0;
      for (String paragraph : text.split("\\R", -1)) {
        int line = 0;
        lines++;
        for (String word : paragraph.split(" ")) {
          int length = word.length();
          if (line > 0 && line + 1 + length > perLine) {
            lines++;
            line = 0;
          }
          line += (line > 0 ? 1 : 0) + length;
          while (line > perLine) {
            lines++;
            line -= perLine;
          }
        }
      }
      return lines;
    }

    /** The number of data rows written so far. */
    public int rows() {
      return lastData - HEADER_ROW;
    }

    /**
     * The totals row under the data: a value per column, {@link OfficialXlsx#SUM} for a sum by
     * formula (its cached result is the sum of the rows written, so a viewer that does not
     * recalculate shows it too), null for an empty cell.
     */
    public void totals(List<?> values) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < columns.size(); c++) {
        Object value = c < values.size() ? values.get(c) : null;
        Kind kind = columns.get(c).kind();
        CellStyle style = total[kind == Kind.LONG_TEXT ? Kind.TEXT.ordinal() : kind.ordinal()];
        if (value == SUM) {
          Cell cell = row.createCell(c);
          cell.setCellStyle(style);
          if (rows() == 0) {
            cell.setCellValue(0);
          } else {
            String letter = CellReference.convertNumToColString(c);
            cell.setCellFormula("SUM(" + letter + (HEADER_ROW + 2) + ":" + letter + (lastData + 1) + ")");
            cell.setCellValue(sums[c]);
          }
        } else {
          write(row, c, value, style);
        }
      }
    }

    private void write(Row row, int c, Object value, CellStyle style) {
      Cell cell = row.createCell(c);
      cell.setCellStyle(style);
      if (value == null) {
        return;
      }
      if (value instanceof BigDecimal decimal) {
        cell.setCellValue(decimal.doubleValue());
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
      } else if (value instanceof Boolean flag) {
        cell.setCellValue(flag ? "да" : "нет");
      } else {
        String text = value.toString();
        if (!text.isEmpty()) {
          cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text);
        }
      }
    }

    private static int displayLength(Object value) {
      if (value == null) {
        return 0;
      }
      if (value instanceof LocalDate) {
        return 10;
      }
      if (value instanceof Boolean) {
        return 3;
      }
      if (value instanceof Number number) {
        return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString().length();
      }
      return value.toString().length();
    }

    /** Widths, frozen header, autofilter over the data, page setup. */
    private void finish() {
      if (finished) {
        return;
      }
      finished = true;
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, widths[c]) * 256);
      }
      sheet.createFreezePane(frozenColumns, HEADER_ROW + 1);
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastData, 0, columns.size() - 1));
      sheet.setRepeatingRows(CellRangeAddress.valueOf((HEADER_ROW + 1) + ":" + (HEADER_ROW + 1)));
      PrintSetup print = sheet.getPrintSetup();
      print.setLandscape(true);
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setMargin(Sheet.LeftMargin, 0.4);
      sheet.setMargin(Sheet.RightMargin, 0.4);
      sheet.setMargin(Sheet.TopMargin, 0.6);
      sheet.setMargin(Sheet.BottomMargin, 0.6);
      sheet.getFooter().setCenter("Страница &P из &N");
    }
  }

  /** Writes the workbook to {@code out} (the stream stays open). */
  public void write(OutputStream out) {
    tables.forEach(Table::finish);
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook as bytes, for small workbooks (a report's figures). */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toByteArray();
  }

  /** Deletes the temporary files of the streamed rows. */
  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
