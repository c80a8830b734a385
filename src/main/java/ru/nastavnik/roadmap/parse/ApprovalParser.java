package ru.nastavnik.roadmap.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds approval and signatory blocks in the text above a roadmap table: «УТВЕРЖДЕНА приказом …
 * от 14.01.2026 № 12-о», «УТВЕРЖДАЮ Директор … /подпись/ И.И. Иванов», «СОГЛАСОВАНО …»,
 * «Приложение № 1 к приказу … от … № …». A block starts with its word in capitals anywhere, or
 * capitalised at the start of a line (running text of an order says «утверждённых распоряжением»
 * and is not a block); it ends after the document's number and date, or after the signatory's name.
 */
final class ApprovalParser {

  /** A block found in a text: where it is and what it says. */
  record Found(int start, int end, Approval approval) {}

  private static final int MAX_BLOCK = 600;
  private static final Pattern START = Pattern.compile(
      "(?<![\\p{L}])(УТВЕРЖД?ЕН[АОЫ]?|УТВЕРЖДАЮ|СОГЛАСОВАН[АОЫ]?|ПРИЛОЖЕНИЕ|Утвержд?ен[аоы]?|Утверждаю|Согласован[аоы]?|Приложение)(?![\\p{L}])");
  private static final Pattern DOCUMENT = Pattern.compile(
      "^[\\s:]*(?:№\\s*\\d{1,3}\\s*)?(?:к\\s+)?(приказ\\p{L}*|постановлени\\p{L}*|распоряжени\\p{L}*|решени\\p{L}*|протокол\\p{L}*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANNEX_NUMBER = Pattern.compile("^\\s*№\\s*(\\d{1,3})");
  private static final Pattern DATE = Pattern.compile(
      "от\\s*[«\"]?\\s*(\\d{1,2})\\s*[»\"]?\\s*(?:\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4}|\\d{2})|(\\p{L}+)\\s+(\\d{4}))(?:\\s*(?:г\\.|года|г(?![\\p{L}])))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMBER = Pattern.compile("№\\s*([\\p{L}\\d]+(?:\\s*[-–/.]\\s*[\\p{L}\\d]+){0,3})");
  private static final Pattern NAME = Pattern.compile(
      "(\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}-]+|\\p{Lu}[\\p{Ll}-]+\\s+\\p{Lu}\\.\\s?\\p{Lu}\\.)");
  private static final Pattern SIGNATURE = Pattern.compile("_{2,}|/\\s*подпись\\s*/|\\(\\s*подпись\\s*\\)|М\\.\\s?П\\.",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SIGNATURE_DATE = Pattern.compile(
      "^\\s*[«\"]\\s*[_\\d\\s]{0,6}\\s*[»\"]\\s*[_\\p{L}\\s]{0,20}\\s*(?:20)?[_\\d]{2,4}\\s*г?\\.?");

  private ApprovalParser() {}

  /** The blocks in this text ({@code \n} between lines), in order. */
  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    Matcher m = START.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String word = m.group(1);
      boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
      if (!capitals && !atLineStart(text, m.start())) {
        from = m.end();
        continue;
      }
      Found block = block(text, m.start(), m.end(), word.toLowerCase(Locale.ROOT).replace("утвержен", "утвержден"));
      if (block == null) {
        from = m.end();
        continue;
      }
      found.add(block);
      from = Math.max(block.end(), m.end());
    }
    return found;
  }

  private static boolean atLineStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private static Found block(String text, int start, int wordEnd, String word) {
    int limit = Math.min(text.length(), start + MAX_BLOCK);
    String rest = text.substring(wordEnd, limit);
    ApprovalKind kind = word.startsWith("утверждаю") ? ApprovalKind.APPROVED_BY_HEAD
        : word.startsWith("согласован") ? ApprovalKind.AGREED
        : word.startsWith("приложение") ? ApprovalKind.ANNEX : ApprovalKind.APPROVED;
    String annex = null;
    int offset = 0;
    if (kind == ApprovalKind.ANNEX) {
      Matcher a = ANNEX_NUMBER.matcher(rest);
      if (a.find()) {
        annex = a.group(1);
        offset = a.end();
      }
    }
    Matcher doc = DOCUMENT.matcher(rest.substring(offset));
    if (doc.find()) {
      int docEnd = offset + doc.end();
      String documentKind = documentKind(doc.group(1));
      Matcher date = DATE.matcher(rest);
      boolean hasDate = date.find(docEnd) && date.start() - docEnd <= 300;
      Matcher number = NUMBER.matcher(rest);
      boolean hasNumber;
      if (hasDate) {
        // "от 14.01.2026 № 12-о", else "№ 12-о от 14.01.2026" — not the "№ 5" of «СОШ № 5» in the body
        hasNumber = number.find(date.end()) && number.start() - date.end() <= 12;
        if (!hasNumber) {
          int before = -1;
          for (boolean f = number.find(docEnd); f && number.end() <= date.start(); f = number.find()) {
            if (date.start() - number.end() <= 12 && !insideQuotes(rest, docEnd, number.start())) {
              before = number.start();
            }
          }
          hasNumber = before >= 0 && number.find(before);
        }
      } else if (hasNumber = number.find(docEnd)) {
        hasNumber = number.start() <= lineEnd(rest, lineEnd(rest, docEnd) + 1);
      }
      int bodyEnd;
      int end;
      if (!hasDate && !hasNumber) {
        bodyEnd = lineEnd(rest, docEnd);
        end = bodyEnd;
      } else {
        bodyEnd = Math.min(hasDate ? date.start() : rest.length(), hasNumber ? number.start() : rest.length());
        end = Math.max(hasDate ? date.end() : 0, hasNumber ? number.end() : 0);
      }
      String body = CellText.collapse(rest.substring(docEnd, Math.max(docEnd, bodyEnd))).replaceAll("[,\\s]+$", "");
      String num = hasNumber ? number.group(1).replaceAll("\\s+", "").replaceAll("[.]$", "") : null;
      LocalDate day = hasDate ? date(date) : null;
      String whole = CellText.collapse(text.substring(start, wordEnd + end));
      return new Found(start, wordEnd + end, new Approval(kind, documentKind, body.isEmpty() ? null : body, day, num,
          annex, null, null, whole));
    }
    if (kind == ApprovalKind.APPROVED_BY_HEAD || kind == ApprovalKind.AGREED || kind == ApprovalKind.APPROVED) {
      Matcher name = NAME.matcher(rest);
      if (name.find()) {
        Matcher sign = SIGNATURE.matcher(rest);
        int positionEnd = sign.find() && sign.start() < name.start() ? sign.start() : name.start();
        String position = CellText.collapse(rest.substring(0, positionEnd)).replaceAll("^[\\s:]+|[\\s,/_]+$", "");
        int end = name.end();
        Matcher signedOn = SIGNATURE_DATE.matcher(rest.substring(end));
        if (signedOn.find()) {
          end += signedOn.end();
        }
        String whole = CellText.collapse(text.substring(start, wordEnd + end));
        return new Found(start, wordEnd + end, new Approval(kind, null, null, null, null, null,
            position.isEmpty() ? null : position, CellText.collapse(name.group(1)), whole));
      }
    }
    if (kind == ApprovalKind.ANNEX && annex == null) {
      // "Приложение" alone at the start of a line is a heading word only when nothing else is on that line.
      int end = lineEnd(rest, 0);
      if (!rest.substring(0, end).isBlank()) {
        return null;
      }
    }
    int end = lineEnd(rest, offset);
    return new Found(start, wordEnd + end, new Approval(kind, null, null, null, null, annex, null, null,
        CellText.collapse(text.substring(start, wordEnd + end))));
  }

  private static boolean insideQuotes(String s, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = s.charAt(i);
      if (c == '«') {
        depth++;
      } else if (c == '»') {
        depth = Math.max(0, depth - 1);
      }
    }
    return depth > 0;
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }

  private static String documentKind(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("приказ")) {
      return "приказ";
    }
    if (w.startsWith("постановлени")) {
      return "постановление";
    }
    if (w.startsWith("распоряжени")) {
      return "распоряжение";
    }
    if (w.startsWith("решени")) {
      return "решение";
    }
    return "протокол";
  }

  private static LocalDate date(Matcher m) {
    try {
      int day = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        int year = Integer.parseInt(m.group(3));
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), day);
      }
      Integer month = DeadlineCalendar.month(m.group(4));
      return month == null ? null : LocalDate.of(Integer.parseInt(m.group(5)), month, day);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
