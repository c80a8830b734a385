package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reads a roadmap (дорожная карта) from a Word .docx table or from its text export (cells
 * separated by TAB, one row per line, UTF-8 or Windows-1251) following
 * {@code docs/roadmap-format.md}. The format is recognized by the content, not by the file name.
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
    if (DocxSource.isZip(content)) {
      return DocxSource.read(content);
    }
    rejectKnownBinary(content);
    return TextSource.read(content);
  }

  private static void rejectKnownBinary(byte[] c) {
    if (startsWith(c, "%PDF".getBytes())) {
      throw new RoadmapFormatException("Файл PDF не поддерживается: загрузите дорожную карту в формате .docx");
    }
    if (startsWith(c, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
      throw new RoadmapFormatException("Формат Word 97–2003 (.doc) не поддерживается: пересохраните документ как .docx");
    }
    if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) || startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
        || startsWith(c, "GIF8".getBytes()) || startsWith(c, new byte[] {'I', 'I', 0x2A, 0})
        || startsWith(c, new byte[] {'M', 'M', 0, 0x2A})
        || (startsWith(c, "RIFF".getBytes()) && c.length >= 12 && c[8] == 'W' && c[9] == 'E' && c[10] == 'B' && c[11] == 'P')) {
      throw new RoadmapFormatException("Изображение не поддерживается: загрузите дорожную карту в формате .docx, а не снимок или скан");
    }
    if (startsWith(c, "{\\rtf".getBytes())) {
      throw new RoadmapFormatException("Формат RTF не поддерживается: пересохраните документ как .docx");
    }
    if (startsWith(c, new byte[] {0x1F, (byte) 0x8B}) || startsWith(c, "Rar!".getBytes())
        || startsWith(c, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
      throw new RoadmapFormatException("Архив не поддерживается: загрузите сам документ в формате .docx");
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
