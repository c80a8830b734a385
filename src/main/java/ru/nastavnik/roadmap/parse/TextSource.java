package ru.nastavnik.roadmap.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text form of a roadmap (as in the seeds): one table row per line, cells separated by TAB. */
final class TextSource {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private TextSource() {}

  static List<SourceLine> read(byte[] content) {
    String text = decode(content);
    if (text.isBlank()) {
      throw new RoadmapFormatException("Файл пуст: в нём нет ни одной строки текста");
    }
    if (!looksLikeText(text)) {
      throw new RoadmapFormatException("Формат файла не распознан: это не документ Word, ODF, PDF, не книга Excel "
          + "и не текст — " + DocumentFormat.UPLOAD_INSTEAD);
    }
    List<String> raw = split(text);
    List<SourceLine> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (line.indexOf('\t') >= 0) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
          cells.add(CellText.clean(line.substring(from, tab)));
          from = tab + 1;
        }
        cells.add(CellText.clean(line.substring(from)));
        lines.add(new SourceLine(i + 1, cells, SourceLine.Kind.TABLE_ROW, false, 0));
      } else {
        lines.add(new SourceLine(i + 1, List.of(CellText.clean(line)), SourceLine.Kind.FREE_TEXT,
            CellText.looksLikeHeading(line)));
      }
    }
    return lines;
  }

  /** Lines split at CR LF, CR or LF. */
  private static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  static String decode(byte[] content) {
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
      return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException notUtf8) {
      // Older Windows exports are in Windows-1251.
      return new String(content, WINDOWS_1251);
    }
  }

  /** Random bytes decode in Windows-1251 too; real text has next to no control characters. */
  private static boolean looksLikeText(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
        control++;
      }
    }
    return control * 200L <= text.length();
  }
}
