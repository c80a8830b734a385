package ru.nastavnik.roadmap;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who inside a school does an item of the school's own roadmap, by the words of its responsible
 * cell: the director and deputies, the mentors, or the curator and methodical bodies. Several named
 * give a task to each; nothing recognised gives it to the curators (docs/roadmap-formats.md).
 */
final class SchoolExecutors {

  /** A group of the school's staff; the order is the order of their tasks. */
  enum Role {
    DIRECTORS("директор и заместители"), CURATORS("кураторы"), MENTORS("наставники");

    private final String title;

    Role(String title) {
      this.title = title;
    }

    /** How the review and task names call them. */
    String title() { return title; }
  }

  private static final String L = "\\p{L}";
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\d])";

  /**
   * «директор», «заместитель директора», «зам. директора», «заместитель по УВР», «администрация»
   * (of the school), «руководитель ОО» or a bare «руководитель» — but not the head of a methodical
   * association, a working group, a project or a programme.
   */
  private static final Pattern DIRECTORS = Pattern.compile(
      "директор|замдиректор|заместител" + L + "*|" + NOT_LETTER_BEFORE + "зам\\.|администраци" + L + "*"
          + "|руководител" + L + "*+(?!\\s+(?:шмо|мо|рмо|методическ|школьн|рабоч|проект|програм|кружк|секци|творческ))");

  /** «наставник», «наставники», «педагоги-наставники» — not «наставничество» (куратор программ наставничества). */
  private static final Pattern MENTORS = Pattern.compile("наставник" + L + "*");

  /**
   * «куратор», «методическое объединение», «методический совет», «методист», «ШМО», «МО»,
   * «педагог-психолог», «рабочая группа».
   */
  private static final Pattern CURATORS = Pattern.compile(
      "куратор|методическ" + L + "*\\s+(?:объединени|совет|служб)|методист|" + NOT_LETTER_BEFORE + "(?:шмо|мо)" + NOT_LETTER_AFTER
          + "|психолог|рабоч" + L + "*\\s+групп");

  private SchoolExecutors() {}

  /** The groups a responsible cell names, never empty: the curators when it names none of them. */
  static Set<Role> of(String responsibleText) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (responsibleText == null) {
      return EnumSet.of(Role.CURATORS);
    }
    String text = responsibleText.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (DIRECTORS.matcher(text).find()) roles.add(Role.DIRECTORS);
    if (MENTORS.matcher(text).find()) roles.add(Role.MENTORS);
    if (CURATORS.matcher(text).find()) roles.add(Role.CURATORS);
    return roles.isEmpty() ? EnumSet.of(Role.CURATORS) : roles;
  }
}
