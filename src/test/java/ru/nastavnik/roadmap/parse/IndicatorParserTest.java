package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorParserTest {

  @Test
  void yearlyTargetsAreReadInTheOrderWritten() {
    assertThat(IndicatorParser.parse("2026 г. – 60; 2027 г. – 60; 2028 г. – 60"))
        .containsExactly(new Indicator(2026, 60), new Indicator(2027, 60), new Indicator(2028, 60));
    assertThat(IndicatorParser.parse("2026 г. – 19; 2027 г. – 24; 2028 г. – 37"))
        .containsExactly(new Indicator(2026, 19), new Indicator(2027, 24), new Indicator(2028, 37));
  }

  @Test
  void dashesYearWordsAndPercentVary() {
    assertThat(IndicatorParser.parse("2026-1, 2027 год — 2; 2028 года: 100%"))
        .containsExactly(new Indicator(2026, 1), new Indicator(2027, 2), new Indicator(2028, 100));
  }

  @Test
  void textWithoutYearlyTargetsGivesNone() {
    assertThat(IndicatorParser.parse("все организации")).isEmpty();
    assertThat(IndicatorParser.parse("")).isEmpty();
    assertThat(IndicatorParser.parse(null)).isEmpty();
    assertThat(IndicatorParser.parse("не менее 9 человек")).isEmpty();
  }
}
