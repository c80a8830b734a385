package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Subjects typed by people compare equal however they are spaced and whichever of «ё»/«е» they use. */
class CodesTest {

  @Test
  void aSubjectIsNormalizedAsTheRegularExpressionDidIt() {
    assertThat(Codes.subject("  Русский \t\n Язык ")).isEqualTo("русский язык");
    assertThat(Codes.subject("ЁЛКИ ёлки")).isEqualTo("елки елки");
    assertThat(Codes.subject(" \t ")).isNull();
    String alphabet = " \t\n\u000B\f\r\u00A0\u2003aZёЁеЯ1";
    Random random = new Random(5L);
    for (int round = 0; round < 5000; round++) {
      StringBuilder raw = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = raw.toString();
      String expected = text.isBlank() ? null
          : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
      assertThat(Codes.subject(text)).as("«%s»", text).isEqualTo(expected);
    }
  }
}
