package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reads a roadmap (дорожная карта) from a Word .docx or .doc table, an OpenDocument .odt table, an
 * Excel .xlsx/.xls sheet, a PDF with a text layer, or the text export (cells separated by TAB, one
 * row per line, UTF-8 or Windows-1251) following {@code docs/roadmap-format.md} and
 * {@code docs/roadmap-formats.md}. The format is recognized by the content, not by the file name
 * ({@link DocumentFormat}); every format is read into the same {@link SourceLine}s, so the table
 * reading after that is shared.
 *
 * <p>Nothing in the table is silently dropped: every non-empty row becomes an item, a section,
 * a part of the item it continues, or a {@link ParseWarning} naming the row. Export artifacts
 * (repeated header rows, the row of column numbers) are skipped. A file that cannot be a roadmap
 * at all is refused with a {@link RoadmapFormatException} and nothing is returned.
 *
 * <p>Stateless and thread-safe.
 */
public final class RoadmapParser {

  /** The largest file accepted: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Parses one document.
   *
   * @param fileName the name the user uploaded (the title when the document has no heading)
   * @param content the file's bytes
   * @param periodStart first day of the roadmap's period (inclusive)
   * @param periodEnd last day of the roadmap's period (inclusive)
   * @throws RoadmapFormatException when the file is empty, too large, of another type, or has no
   *     roadmap table
   * @throws IllegalArgumentException when the period is missing or reversed
   */
  public ParsedRoadmap parse(String fileName, byte[] content, LocalDate periodStart, LocalDate periodEnd) {
    DeadlineParser.checkPeriod(periodStart, periodEnd);
    if (content == null || content.length == 0) {
      throw new RoadmapFormatException("Файл пуст: загрузите документ с дорожной картой");
    }
    if (content.length > MAX_BYTES) {
      throw new RoadmapFormatException(String.format(Locale.forLanguageTag("ru"),
          "Файл слишком большой (%.1f МБ): допускается не более %d МБ",
          content.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }
    return new TableReader(fileName, read(content), periodStart, periodEnd).read();
  }

  static List<SourceLine> read(byte[] content) {
    return switch (DocumentFormat.detect(content)) {
      case DOCX -> DocxSource.read(content);
      case DOC -> DocSource.read(content);
      case ODT -> OdtSource.read(content);
      case XLSX, XLS -> SheetSource.read(content);
      case PDF -> PdfSource.read(content);
      case TEXT -> TextSource.read(content);
    };
  }
}
