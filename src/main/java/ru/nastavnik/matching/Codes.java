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
    return raw.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
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
