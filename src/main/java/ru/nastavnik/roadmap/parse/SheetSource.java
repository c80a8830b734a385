package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel roadmap (.xlsx or .xls) read into {@link SourceLine}s: the first sheet that has a
 * roadmap header row (else the first sheet), every sheet row one line numbered as Excel numbers
 * it. Rows above the header holding one value (title rows, «УТВЕРЖДАЮ» blocks) are free text; a
 * row whose only value is a cell merged across columns is a merged row (a section), as in Word.
 * Values are taken as displayed (numbers without a locale's decimal comma, dates as
 * {@code dd.MM.yyyy}); formulas give their cached values and are never evaluated.
 */
final class SheetSource {

  /** XLSX is read into memory as XML: a lower cap than other archives. */
  static final long MAX_XLSX_UNZIPPED = 40L * 1024 * 1024;
  static final int MAX_ROWS = 10_000;
  static final int MAX_COLUMNS = 64;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private SheetSource() {}

  static List<SourceLine> read(byte[] content) {
    if (Archive.isZip(content) && Archive.scan(content).unzipped() > MAX_XLSX_UNZIPPED) {
      throw new RoadmapFormatException("Книга Excel после распаковки слишком велика для дорожной карты: "
          + "оставьте в файле только лист с дорожной картой");
    }
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      return new Reader(workbook).read();
    } catch (RoadmapFormatException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new RoadmapFormatException("Книга Excel защищена паролем: снимите пароль (сохраните копию без защиты) и загрузите её снова", e);
    } catch (Exception | StackOverflowError e) {
      throw new RoadmapFormatException("Книга Excel повреждена и не может быть прочитана: пересохраните её в формате .xlsx", e);
    }
  }

  private static final class Reader {
    private final Workbook workbook;
    private final DataFormatter numbers = new DataFormatter(Locale.US);

    Reader(Workbook workbook) {
      this.workbook = workbook;
    }

    List<SourceLine> read() {
      Grid chosen = null;
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
          continue;
        }
        Grid grid = new Grid(workbook.getSheetAt(s));
        if (grid.header >= 0) {
          chosen = grid;
          break;
        }
        if (chosen == null && grid.width > 0) {
          chosen = grid;
        }
      }
      if (chosen == null) {
        throw new RoadmapFormatException("В книге Excel нет ни одного непустого листа: дорожная карта должна быть таблицей на листе");
      }
      return chosen.lines();
    }

    /** One sheet as text cells, with the merged regions and the header row found. */
    private final class Grid {
      final List<String[]> values = new ArrayList<>();
      final List<boolean[]> bold = new ArrayList<>();
      final List<boolean[]> bordered = new ArrayList<>();
      final Map<Long, Integer> spans = new HashMap<>();
      int width;
      int header = -1;

      Grid(Sheet sheet) {
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
          CellRangeAddress region = sheet.getMergedRegion(i);
          if (region.getFirstRow() <= MAX_ROWS && region.getFirstColumn() < MAX_COLUMNS) {
            spans.put(key(region.getFirstRow(), region.getFirstColumn()),
                Math.min(MAX_COLUMNS, region.getLastColumn() - region.getFirstColumn() + 1));
          }
        }
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        if (sheet.getLastRowNum() >= MAX_ROWS && filledBeyond(sheet)) {
          throw new RoadmapFormatException("На листе Excel больше " + MAX_ROWS + " строк: это не похоже на дорожную карту");
        }
        for (int r = 0; r <= last; r++) {
          Row row = sheet.getRow(r);
          String[] v = new String[MAX_COLUMNS];
          boolean[] b = new boolean[MAX_COLUMNS];
          boolean[] framed = new boolean[MAX_COLUMNS];
          if (row != null) {
            int cells = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            for (int c = 0; c < cells; c++) {
              Cell cell = row.getCell(c);
              v[c] = cell == null ? "" : CellText.clean(text(cell));
              if (cell != null) {
                CellStyle style = cell.getCellStyle();
                b[c] = workbook.getFontAt(style.getFontIndex()).getBold();
                framed[c] = style.getBorderTop() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE
                    || style.getBorderLeft() != BorderStyle.NONE || style.getBorderRight() != BorderStyle.NONE;
              }
              if (!v[c].isEmpty()) {
                width = Math.max(width, c + 1);
              }
            }
          }
          values.add(v);
          bold.add(b);
          bordered.add(framed);
        }
        for (int r = 0; r < values.size() && header < 0; r++) {
          if (Header.recognize(cells(r)) != null) {
            header = r;
          }
        }
      }

      /** Rows formatted far down but empty are common; only text beyond the limit is refused. */
      private boolean filledBeyond(Sheet sheet) {
        for (Row row : sheet) {
          if (row.getRowNum() < MAX_ROWS) {
            continue;
          }
          for (Cell cell : row) {
            if (!text(cell).isBlank()) {
              return true;
            }
          }
        }
        return false;
      }

      List<String> cells(int r) {
        List<String> cells = new ArrayList<>(width);
        String[] v = values.get(r);
        for (int c = 0; c < width; c++) {
          cells.add(v[c] == null ? "" : v[c]);
        }
        return cells;
      }

      List<SourceLine> lines() {
        List<SourceLine> lines = new ArrayList<>(values.size());
        boolean afterBlank = false;
        for (int r = 0; r < values.size(); r++) {
          List<String> cells = cells(r);
          int nonEmpty = 0;
          int only = -1;
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              nonEmpty++;
              only = c;
            }
          }
          int row = r + 1;
          if (nonEmpty == 0) {
            lines.add(new SourceLine(row, List.of(""), SourceLine.Kind.FREE_TEXT, false));
            afterBlank = true;
            continue;
          }
          boolean single = nonEmpty == 1;
          boolean outside = header < 0 || r < header
              || (afterBlank && single && !bordered.get(r)[only]);
          if (single && outside) {
            lines.add(new SourceLine(row, List.of(cells.get(only)), SourceLine.Kind.FREE_TEXT,
                bold.get(r)[only]));
          } else if (single && spans.getOrDefault(key(r, only), 1) >= 2) {
            lines.add(new SourceLine(row, cells, SourceLine.Kind.MERGED_ROW, true, 0));
          } else {
            lines.add(new SourceLine(row, cells, SourceLine.Kind.TABLE_ROW, false, 0));
          }
          afterBlank = false;
        }
        return lines;
      }
    }

    private String text(Cell cell) {
      CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      switch (type) {
        case STRING:
          return cell.getRichStringCellValue().getString();
        case NUMERIC:
          if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY);
          }
          CellStyle style = cell.getCellStyle();
          return numbers.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
        case BOOLEAN:
          return cell.getBooleanCellValue() ? "да" : "нет";
        default:
          return "";
      }
    }
  }

  private static long key(int row, int column) {
    return (long) row * MAX_COLUMNS + column;
  }
}
