package ru.nastavnik.system;

/**
 * The one way user text enters the Markdown of a form's text (Camunda Forms render it as HTML):
 * every ASCII punctuation character is backslash-escaped, so that a mentee's «&lt;img src=…&gt;»,
 * «[ссылка](…)» or «http://…» is shown as typed and never becomes a picture, a link or markup;
 * lines are kept as line breaks, never as new blocks.
 */
public final class Markdown {

  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private Markdown() {}

  /** User text made safe to put into Markdown; {@code null} becomes an empty string. */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    String[] lines = value.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("  \n");
      }
      String line = lines[i].strip();
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (PUNCTUATION.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }

  /**
   * User text on one line inside a fenced code block, where escapes are not read: backticks,
   * which could close the block, become apostrophes.
   */
  public static String code(String value) {
    return value == null ? "" : value.replace('`', '\'').replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
  }

  /** User text or the placeholder (already Markdown) when there is none. */
  public static String text(String value, String placeholder) {
    return value == null || value.isBlank() ? placeholder : text(value);
  }
}
