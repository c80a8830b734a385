package ru.nastavnik.documents;

/** People's names as official documents print them. */
public final class PersonNames {

  private PersonNames() {}

  /**
   * «Кузнецов Андрей Павлович» → «А. П. Кузнецов», as a signature block writes the name
   * (ГОСТ Р 7.0.97-2016, п. 5.23: initials before the surname). A single word stays as it is.
   */
  public static String initialsAndSurname(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] parts = fullName.trim().split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    StringBuilder initials = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      initials.append(initial(parts[i])).append(' ');
    }
    return initials + parts[0];
  }

  /** «Мария-Луиза» → «М.-Л.»: each part of a double name keeps its initial. */
  private static String initial(String name) {
    StringBuilder result = new StringBuilder();
    for (String part : name.split("-")) {
      if (!part.isEmpty()) {
        if (result.length() > 0) {
          result.append('-');
        }
        result.appendCodePoint(part.codePointAt(0)).append('.');
      }
    }
    return result.toString();
  }
}
