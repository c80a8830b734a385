package ru.nastavnik.roadmap.parse;

import java.util.regex.Pattern;

/** Cleans the artifacts a Word-to-text export leaves in cells: markup, bullets, odd spaces. */
final class CellText {

  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>]{0,500})?/?\\s*>");
  private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s*");
  private static final String BULLETS = "•●▪◦■□➢►✓\uF0B7\uF0A7\uF076\uF0D8";
  private static final Pattern BULLET = Pattern.compile("[" + BULLETS + "]");
  // A dash opens a list element only at the start of the cell or after a colon/semicolon/full stop:
  // elsewhere it is a real dash ("организациями - партнерами") and stays.
  private static final Pattern LIST_DASH = Pattern.compile("(^|[:;.])\\s*[-–]\\s*(?=[\\p{L}«\"(])");
  private static final Pattern HEADING_RAW = Pattern.compile(
      "^\\s*(?:#{1,6}\\s|\\*\\*|__|<\\s*(?:b|strong|h[1-6])\\b)", Pattern.CASE_INSENSITIVE);

  private CellText() {}

  static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = raw;
    if (s.indexOf('<') >= 0) {
      s = TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('&') >= 0) {
      s = s.replace("&nbsp;", " ").replace("&laquo;", "«").replace("&raquo;", "»")
          .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
    if (s.indexOf('*') >= 0) {
      s = s.replace("**", "");
    }
    if (s.indexOf('#') >= 0) {
      s = HEADING_MARK.matcher(s).replaceFirst("");
    }
    if (hasBullet(s)) {
      s = BULLET.matcher(s).replaceAll(" ");
    }
    s = collapse(s);
    if (s.indexOf('-') >= 0 || s.indexOf('–') >= 0) {
      s = collapse(LIST_DASH.matcher(s).replaceAll("$1 "));
    }
    return s;
  }

  private static boolean isCollapsed(String s) {
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? prev == ' ' : c < '!' || (c > '~' && (c == '\u200B' || c == '\uFEFF' || c == '\u00AD'
          || Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        return false;
      }
      prev = c;
    }
    return prev != ' ' || s.isEmpty();
  }

  private static boolean hasBullet(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u2022' && BULLETS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Any run of whitespace (NBSP and zero-width characters included) becomes one space; trimmed. */
  static String collapse(String s) {
    if (isCollapsed(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Whether the raw line is marked as a heading (markdown {@code ###}, bold, {@code <b>}, {@code <h1>}). */
  static boolean looksLikeHeading(String raw) {
    return raw != null && HEADING_RAW.matcher(raw).find();
  }

  static String excerpt(String text) {
    String t = text == null ? "" : text;
    return t.length() <= 80 ? t : t.substring(0, 77) + "…";
  }
}
