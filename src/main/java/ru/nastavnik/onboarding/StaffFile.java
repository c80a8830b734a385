package ru.nastavnik.onboarding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of a staff list: an XLSX workbook (its first sheet, streamed, never a whole
 * workbook in memory) or a CSV text with {@code ;}, {@code ,} or tabs, in UTF-8 or Windows-1251 —
 * whichever the file is, told by its bytes. Dates of a workbook come as ISO text (2026-09-01),
 * whatever format the cell shows them in. Anything else is refused in Russian.
 */
final class StaffFile {

  /** The largest file accepted. */
  static final int MAX_BYTES = 10 * 1024 * 1024;
  /** Rows of one file: more is a database dump, not a staff list, and is refused rather than half-read. */
  static final int MAX_ROWS = 20_000;
  static final int MAX_COLUMNS = 200;
  /** Longer cell texts are cut: no field of a person is longer. */
  static final int MAX_CELL = 2_000;

  /** Unpacked size and entries of a workbook, checked before POI inflates anything (zip bombs). */
  private static final long MAX_UNZIPPED = 200L * 1024 * 1024;
  private static final int MAX_ENTRIES = 2_000;

  private StaffFile() {}

  static List<SheetRow> read(byte[] content, String filename) {
    if (content.length == 0) {
      throw new StaffFileException("Файл пустой: выгрузите список сотрудников в Excel (.xlsx) или CSV и загрузите его снова");
    }
    if (content.length > MAX_BYTES) {
      throw new StaffFileException(String.format("Файл %.1f МБ больше допустимых %d МБ: разделите список на несколько файлов",
          content.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)), true);
    }
    if (isZip(content)) {
      return xlsx(content);
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new StaffFileException("Формат Excel 97–2003 (.xls) не принимается: сохраните список как «Книга Excel (.xlsx)» или CSV");
    }
    if (startsWith(content, '%', 'P', 'D', 'F') || startsWith(content, '{', '\\', 'r', 't')) {
      throw new StaffFileException("Это не таблица: загрузите список сотрудников в Excel (.xlsx) или CSV");
    }
    return csv(decode(content));
  }

  // --- XLSX ---

  private static List<SheetRow> xlsx(byte[] content) {
    scanZip(content);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new StaffFileException("В книге Excel нет ни одного листа");
      }
      try (InputStream sheet = sheets.next()) {
        RowCollector rows = new RowCollector();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false));
        parser.parse(new InputSource(sheet));
        return rows.rows;
      }
    } catch (StaffFileException e) {
      throw e;
    } catch (InvalidFormatException | IllegalArgumentException e) {
      throw new StaffFileException("Файл не является книгой Excel (.xlsx) или повреждён: пересохраните его и загрузите снова");
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      // POI's zip-bomb guard (ZipSecureFile) and damaged XML end here alike.
      throw new StaffFileException("Книгу Excel не удалось прочитать: файл повреждён или подозрителен (слишком сильно сжат)."
          + " Пересохраните его в Excel и загрузите снова");
    }
  }

  /** Counts the entries and unpacked bytes before POI opens the package; POI's own {@link ZipSecureFile} limits apply too. */
  private static void scanZip(byte[] content) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new StaffFileException("Архив содержит слишком много файлов: это не книга Excel");
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED) {
            throw new StaffFileException("Книга Excel после распаковки слишком велика: файл повреждён или подозрителен");
          }
        }
        if (entry.getSize() > ZipSecureFile.getMaxEntrySize()) {
          throw new StaffFileException("Книга Excel содержит слишком большой файл: файл повреждён или подозрителен");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new StaffFileException("Файл повреждён и не может быть прочитан: пересохраните его в Excel и загрузите снова");
    }
    if (entries == 0) {
      throw new StaffFileException("Файл не является книгой Excel (.xlsx): загрузите .xlsx или CSV");
    }
  }

  /** Collects the sheet's rows; cells a sheet leaves out (empty) stay empty strings. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

    final List<SheetRow> rows = new ArrayList<>();
    private List<String> cells;
    private int next;

    @Override
    public void startRow(int rowNum) {
      if (rows.size() >= MAX_ROWS + 50) {
        throw new StaffFileException(tooManyRows());
      }
      cells = new ArrayList<>();
      next = 0;
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(new SheetRow(rowNum + 1, cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? next : new CellReference(reference).getCol();
      next = column + 1;
      if (column >= MAX_COLUMNS) {
        return;
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(cut(value));
    }
  }

  /** Shows a date cell as 2026-09-01, whatever its Excel format (m/d/yy, ДД.ММ.ГГГГ, «1 сентября 2026 г.»). */
  private static final class IsoDates extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(DateUtil.getLocalDateTime(value, use1904Windowing));
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }

  // --- CSV ---

  /** UTF-8 if the bytes are valid UTF-8 (with or without BOM), else Windows-1251, the encoding of Russian Excel's CSV. */
  static String decode(byte[] content) {
    int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
      Charset utf16 = StandardCharsets.UTF_16;
      return new String(content, utf16).replace("\uFEFF", "");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("windows-1251"));
    }
  }

  private static List<SheetRow> csv(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new StaffFileException("Это не текстовая таблица: загрузите список сотрудников в Excel (.xlsx) или CSV");
    }
    char delimiter = delimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .setTrim(true).get();
    List<SheetRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        if (rows.size() >= MAX_ROWS + 50) {
          throw new StaffFileException(tooManyRows());
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
          cells.add(cut(record.get(i)));
        }
        rows.add(new SheetRow((int) record.getRecordNumber(), cells));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new StaffFileException("CSV не удалось прочитать: проверьте кавычки в строках (незакрытая кавычка)."
          + " Пересохраните таблицу как «CSV (разделители — точка с запятой)»");
    }
    return rows;
  }

  /**
   * The separator of the header: of {@code ;}, {@code ,} and tab, the one a line of the first
   * 30 has most of (outside quotes); a tie goes to {@code ;}, the separator of Russian Excel.
   */
  static char delimiter(String text) {
    char[] candidates = {';', ',', '\t'};
    int[] best = new int[candidates.length];
    String[] lines = text.split("\\R", 31);
    for (int l = 0; l < Math.min(lines.length, 30); l++) {
      for (int c = 0; c < candidates.length; c++) {
        best[c] = Math.max(best[c], countOutsideQuotes(lines[l], candidates[c]));
      }
    }
    int chosen = 0;
    for (int c = 1; c < candidates.length; c++) {
      if (best[c] > best[chosen]) {
        chosen = c;
      }
    }
    return candidates[chosen];
  }

  private static int countOutsideQuotes(String line, char separator) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == separator && !quoted) count++;
    }
    return count;
  }

  private static String tooManyRows() {
    return "В файле больше " + MAX_ROWS + " строк: разделите список на несколько файлов (например, по организациям)";
  }

  private static String cut(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL);
  }

  private static boolean isZip(byte[] content) {
    return startsWith(content, 'P', 'K', 3, 4);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    return Arrays.equals(Arrays.copyOf(content, prefix.length), toBytes(prefix));
  }

  private static byte[] toBytes(int[] values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
