package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The format of an uploaded roadmap, told from its content (magic bytes, the entries of a ZIP or
 * of an OLE2 compound file), never from the file name. Files of other kinds are refused here with
 * a Russian {@link RoadmapFormatException} that says what to upload instead.
 */
enum DocumentFormat {
  /** Word 2007+ (.docx). */
  DOCX,
  /** Word 97–2003 (.doc). */
  DOC,
  /** OpenDocument text (.odt). */
  ODT,
  /** Excel 2007+ (.xlsx). */
  XLSX,
  /** Excel 97–2003 (.xls). */
  XLS,
  /** PDF with a text layer. */
  PDF,
  /** The text form: TAB-separated cells, one row per line. */
  TEXT;

  static final String UPLOAD_INSTEAD = "загрузите дорожную карту в формате .docx, .doc, .odt, .pdf, .xlsx или .xls";

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
  private static final int PDF_HEADER_WINDOW = 1024;

  static DocumentFormat detect(byte[] content) {
    if (Archive.isZip(content)) {
      return ofArchive(Archive.scan(content));
    }
    if (startsWith(content, OLE2)) {
      return ofCompoundFile(content);
    }
    if (isPdf(content)) {
      return PDF;
    }
    rejectKnownBinary(content);
    return TEXT;
  }

  /** A PDF may have a few bytes of junk before {@code %PDF-}; readers accept it within the first kilobyte. */
  static boolean isPdf(byte[] c) {
    int limit = Math.min(c.length - 5, PDF_HEADER_WINDOW);
    for (int i = 0; i <= limit; i++) {
      if (c[i] == '%' && c[i + 1] == 'P' && c[i + 2] == 'D' && c[i + 3] == 'F' && c[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  static DocumentFormat ofArchive(Archive zip) {
    if (zip.has("word/document.xml")) {
      return DOCX;
    }
    if (zip.has("xl/workbook.xml")) {
      return XLSX;
    }
    if (zip.has("ppt/presentation.xml")) {
      throw new RoadmapFormatException("Презентация (.pptx) не поддерживается: " + UPLOAD_INSTEAD);
    }
    if (zip.has("content.xml") && zip.has("mimetype")) {
      String type = zip.mimetype() == null ? "" : zip.mimetype();
      if (type.equals(ODT_TYPE)) {
        return ODT;
      }
      if (type.endsWith("spreadsheet")) {
        throw new RoadmapFormatException("Таблица ODF (.ods) не поддерживается: сохраните её в формате .xlsx");
      }
      throw new RoadmapFormatException("Этот документ ODF не является текстом (.odt): " + UPLOAD_INSTEAD);
    }
    if (zip.isEmpty()) {
      throw new RoadmapFormatException("Архив пуст или повреждён: это не документ Word (.docx)");
    }
    throw new RoadmapFormatException("Архив ZIP не является документом Word (.docx), Excel (.xlsx) или ODF (.odt): "
        + UPLOAD_INSTEAD);
  }

  private static DocumentFormat ofCompoundFile(byte[] content) {
    Set<String> entries;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = fs.getRoot();
      entries = root.getEntryNames();
    } catch (IOException | RuntimeException e) {
      throw new RoadmapFormatException("Файл Word 97–2003 (.doc) или Excel 97–2003 (.xls) повреждён и не может быть прочитан: "
          + "пересохраните его в формате .docx или .xlsx", e);
    }
    if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
      throw new RoadmapFormatException("Документ защищён паролем: снимите пароль (сохраните копию без защиты) и загрузите её снова");
    }
    if (entries.contains("WordDocument")) {
      return DOC;
    }
    if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
      return XLS;
    }
    if (entries.contains("PowerPoint Document")) {
      throw new RoadmapFormatException("Презентация (.ppt) не поддерживается: " + UPLOAD_INSTEAD);
    }
    throw new RoadmapFormatException("Составной файл этого вида не поддерживается: " + UPLOAD_INSTEAD);
  }

  private static void rejectKnownBinary(byte[] c) {
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

  static boolean startsWith(byte[] content, byte[] prefix) {
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
