package ru.nastavnik.roadmap.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A ZIP container (.docx, .xlsx, .odt) looked at before any library inflates it: the number of
 * entries and the unpacked size are capped (zip bombs), and the names tell which format it is.
 */
final class Archive {

  /** Guards against zip bombs before POI or the XML reader inflates anything. */
  static final long MAX_UNZIPPED = 100L * 1024 * 1024;
  private static final int MAX_ENTRIES = 5_000;
  private static final int MAX_MIMETYPE = 200;

  private final Set<String> names;
  private final String mimetype;
  private final long unzipped;

  private Archive(Set<String> names, String mimetype, long unzipped) {
    this.names = names;
    this.mimetype = mimetype;
    this.unzipped = unzipped;
  }

  static boolean isZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K'
        && (content[2] == 3 || content[2] == 5 || content[2] == 7) && (content[3] == 4 || content[3] == 6 || content[3] == 8);
  }

  /** Reads every entry once, counting; refuses too many entries or too many unpacked bytes. */
  static Archive scan(byte[] content) {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (names.size() >= MAX_ENTRIES) {
          throw new RoadmapFormatException("Архив содержит слишком много файлов: это не похоже на документ");
        }
        names.add(entry.getName());
        boolean isMimetype = "mimetype".equals(entry.getName());
        ByteArrayOutputStream small = isMimetype ? new ByteArrayOutputStream() : null;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED) {
            throw new RoadmapFormatException("Документ после распаковки слишком велик: файл повреждён или подозрителен");
          }
          if (small != null && small.size() < MAX_MIMETYPE) {
            small.write(buffer, 0, Math.min(n, MAX_MIMETYPE - small.size()));
          }
        }
        if (small != null) {
          mimetype = small.toString(StandardCharsets.US_ASCII).trim();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new RoadmapFormatException("Архив повреждён и не может быть прочитан: пересохраните документ и загрузите его снова", e);
    }
    return new Archive(Collections.unmodifiableSet(names), mimetype, total);
  }

  /**
   * The bytes of one entry, inflated with the same cap as {@link #scan}; {@code null} when there is
   * no such entry.
   */
  static byte[] entry(byte[] content, String name) {
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!name.equals(entry.getName())) {
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n;
        while ((n = zip.read(buffer)) > 0) {
          if (out.size() + (long) n > MAX_UNZIPPED) {
            throw new RoadmapFormatException("Документ после распаковки слишком велик: файл повреждён или подозрителен");
          }
          out.write(buffer, 0, n);
        }
        return out.toByteArray();
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      throw new RoadmapFormatException("Архив повреждён и не может быть прочитан: пересохраните документ и загрузите его снова", e);
    }
  }

  boolean has(String name) {
    return names.contains(name);
  }

  /** The bytes of all entries once inflated. */
  long unzipped() {
    return unzipped;
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** The OpenDocument media type from the {@code mimetype} entry, or {@code null}. */
  String mimetype() {
    return mimetype;
  }
}
