package ru.nastavnik.matching;

import java.util.Locale;
import java.util.Map;

/** Russian wording for explanations: plural forms and names of mentoring forms. */
final class RussianText {

  private static final Map<String, String> FORMS = Map.ofEntries(
      Map.entry("TRADITIONAL", "традиционная"),
      Map.entry("GROUP", "групповая"),
      Map.entry("VIRTUAL", "виртуальная"),
      Map.entry("SHORT_TERM", "краткосрочная"),
      Map.entry("REVERSE", "реверсивная"),
      Map.entry("SITUATIONAL", "ситуационная"),
      Map.entry("SPEED", "скоростная"),
      Map.entry("DIRECTOR_TEACHER", "«руководитель ОО – учитель»"),
      Map.entry("STUDENT_STUDENT", "«ученик – ученик»"),
      Map.entry("TEACHER_TEACHER", "«учитель – учитель»"),
      Map.entry("UNDERGRADUATE_PUPIL", "«студент – ученик»"),
      Map.entry("EMPLOYER_PUPIL", "«работодатель – ученик»"),
      Map.entry("EMPLOYER_UNDERGRADUATE", "«работодатель – студент»"));

  private RussianText() {}

  /** "1 год", "3 года", "18 лет", "21 год", "112 лет". */
  static String years(int n) {
    int mod100 = Math.abs(n) % 100;
    int mod10 = mod100 % 10;
    String word;
    if (mod100 >= 11 && mod100 <= 14) {
      word = "лет";
    } else if (mod10 == 1) {
      word = "год";
    } else if (mod10 >= 2 && mod10 <= 4) {
      word = "года";
    } else {
      word = "лет";
    }
    return n + " " + word;
  }

  /** The form as it reads after "форма:"; an unknown code is shown as is, in lower case. */
  static String form(String code) {
    return FORMS.getOrDefault(code, code.toLowerCase(Locale.ROOT));
  }
}
