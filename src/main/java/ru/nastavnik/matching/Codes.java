package ru.nastavnik.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Canonical forms of catalogue codes and free-text subjects, so that comparisons are stable. */
final class Codes {

  private Codes() {}

  /** A catalogue code (competency, difficulty, form): trimmed upper case, {@code null} if blank. */
  static String code(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return raw.trim().toUpperCase(Locale.ROOT);
  }

  static Set<String> codes(Collection<String> raw) {
    Set<String> result = new LinkedHashSet<>();
    if (raw != null) {
      for (String value : raw) {
        String code = code(value);
        if (code != null) {
          result.add(code);
        }
      }
    }
    return Set.copyOf(result);
  }

  /**
   * A subject typed by a person: "Русский  язык", "русский язык " and "Русский Язык" are the same;
   * so are "ё" and "е", which people type interchangeably.
   */
  static String subject(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    // By hand rather than replaceAll("\\s+", " "): a bank of 10,000 mentors normalizes some 15,000 subjects per ranking.
    String trimmed = raw.trim();
    StringBuilder text = new StringBuilder(trimmed.length());
    boolean blank = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        blank = true;
        continue;
      }
      if (blank) {
        text.append(' ');
        blank = false;
      }
      text.append(c == 'ё' ? 'е' : c == 'Ё' ? 'Е' : c);
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  static Set<String> subjects(Collection<String> raw) {
    Set<String> result = new LinkedHashSet<>();
    if (raw != null) {
      for (String value : raw) {
        String subject = subject(value);
        if (subject != null) {
          result.add(subject);
        }
      }
    }
    return result;
  }

  /** Free text kept as typed, but without surrounding blanks; empty sets instead of {@code null}. */
  static Set<String> texts(Collection<String> raw) {
    Set<String> result = new LinkedHashSet<>();
    if (raw != null) {
      for (String value : raw) {
        if (value != null && !value.isBlank()) {
          result.add(value.trim());
        }
      }
    }
    return Set.copyOf(result);
  }
}
