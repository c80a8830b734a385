package ru.nastavnik.consent;

import java.util.Arrays;
import ru.nastavnik.system.BusinessRuleException;

/**
 * An uploaded scan of a signed consent, checked: PDF, JPEG or PNG recognised by its content (not by
 * its name or the browser's content type), at most {@value #MAX_BYTES} bytes. The stored name is
 * the upload's name cut to its last path segment, with the extension of the detected format.
 */
public record ScanFile(String fileName, Format format, byte[] content) {

  /** 10 MB, as for every other uploaded document. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The formats a scan may have. */
  public enum Format {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() { return mediaType; }

    static Format detect(byte[] content) {
      if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
        return PDF;
      }
      if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
        return JPEG;
      }
      if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
        return PNG;
      }
      return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
      return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
  }

  /**
   * Checks an upload; the refusal names the field and says what to upload instead.
   *
   * @param field the form field the error is shown at
   */
  public static ScanFile of(String field, String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessRuleException(field, "Файл скана пустой: выберите скан подписанного согласия (PDF, JPEG или PNG)");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessRuleException(field, "Файл скана больше 10 МБ: отсканируйте с меньшим разрешением"
          + " (достаточно 200–300 точек на дюйм) или сохраните в PDF");
    }
    Format format = Format.detect(content);
    if (format == null) {
      throw new BusinessRuleException(field, "Скан согласия принимается только в формате PDF, JPEG или PNG;"
          + " файл «" + shortName(originalName) + "» не является ни одним из них");
    }
    return new ScanFile(storedName(originalName, format), format, content);
  }

  private static String storedName(String originalName, Format format) {
    String base = shortName(originalName);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|]", "_").strip();
    if (base.isEmpty()) {
      base = "согласие";
    }
    if (base.length() > 150) {
      base = base.substring(0, 150);
    }
    return base + "." + format.extension;
  }

  private static String shortName(String name) {
    if (name == null || name.isBlank()) {
      return "без имени";
    }
    String cut = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return cut.length() > 100 ? cut.substring(0, 100) + "…" : cut;
  }
}
