package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator units and the warnings that depend on them; months without a year inside the period. */
class IndicatorUnitsAndPeriodTest {

  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate Y2028_END = LocalDate.of(2028, 12, 31);
  private static final LocalDate SEP_2026 = LocalDate.of(2026, 9, 1);
  private static final LocalDate AUG_2027_END = LocalDate.of(2027, 8, 31);
  private static final String HEADER = "№ п/п\tМероприятие\tПоказатель реализации\tСроки\tОтветственные\n";

  private static ParsedRoadmap table(String rows, LocalDate from, LocalDate to) {
    return new RoadmapParser().parse("карта.txt", (HEADER + rows).getBytes(StandardCharsets.UTF_8), from, to);
  }

  private static List<String> messages(ParsedRoadmap roadmap) {
    return roadmap.warnings().stream().map(ParseWarning::message).toList();
  }

  @Test
  void aUnitAfterEachTargetIsRead() {
    assertThat(IndicatorParser.read("2026 г. – 5 практик; 2027 г. – 7 практик", Y2026, Y2028_END)).containsExactly(
        new Indicator(2026, 5, IndicatorUnit.PRACTICES), new Indicator(2027, 7, IndicatorUnit.PRACTICES));
    assertThat(IndicatorParser.read("2026 г. – 100%; 2027 г. – 9 чел.", Y2026, Y2028_END)).containsExactly(
        new Indicator(2026, 100, IndicatorUnit.PERCENT), new Indicator(2027, 9, IndicatorUnit.PEOPLE));
  }

  @Test
  void aUnitWrittenOnceCountsForEveryTarget() {
    assertThat(IndicatorParser.read("Количество участников: 2026 – 10; 2027 – 12", Y2026, Y2028_END)).containsExactly(
        new Indicator(2026, 10, IndicatorUnit.PEOPLE), new Indicator(2027, 12, IndicatorUnit.PEOPLE));
    assertThat(IndicatorParser.residue("Количество участников: 2026 – 10; 2027 – 12", Y2026, Y2028_END)).isEmpty();
    assertThat(IndicatorParser.read("2026 г. – 60", Y2026, Y2028_END)).containsExactly(new Indicator(2026, 60));
  }

  @Test
  void aSeriesWithoutYearsIsReadOntoTheYearsOfThePeriod() {
    assertThat(IndicatorParser.read("5/7/10 практик", Y2026, Y2028_END)).containsExactly(
        new Indicator(2026, 5, IndicatorUnit.PRACTICES), new Indicator(2027, 7, IndicatorUnit.PRACTICES),
        new Indicator(2028, 10, IndicatorUnit.PRACTICES));
    assertThat(IndicatorParser.residue("5/7/10 практик", Y2026, Y2028_END)).isEmpty();
    // two values for three years: not guessed
    assertThat(IndicatorParser.read("5/7 практик", Y2026, Y2028_END)).isEmpty();
  }

  @Test
  void aFanOutTargetInPracticesIsWarnedAndOneInOrganizationsIsNot() {
    ParsedRoadmap roadmap = table("1.\tВыявление лучших практик\t5/7/10 практик\tдекабрь ежегодно\tОбразовательные организации\n"
        + "2.\tРаздел на сайтах\t2026 г. – 60 организаций; 2027 г. – 60 организаций; 2028 г. – 60 организаций\t"
        + "декабрь ежегодно\tОбразовательные организации\n", Y2026, Y2028_END);

    assertThat(roadmap.items().get(0).indicators()).extracting(Indicator::unit).containsOnly(IndicatorUnit.PRACTICES);
    assertThat(roadmap.items().get(0).responsible().fanOut()).isTrue();
    assertThat(roadmap.warnings()).hasSize(1);
    assertThat(roadmap.warnings().get(0).row()).isEqualTo(2);
    assertThat(roadmap.warnings().get(0).message()).startsWith("Мероприятие 1.: показатель считает «практик»")
        .contains("по числу организаций");
  }

  @Test
  void aTargetInAYearWithoutADeadlineIsWarned() {
    ParsedRoadmap roadmap = table("1.\tСеминар\t2026 г. – 1; 2027 г. – 1; 2028 г. – 1\tмарт 2027 г.\tЦРО\n"
        + "2.\tКонкурс\t2026 г. – 1; 2027 г. – 1; 2028 г. – 1\tноябрь ежегодно\tЦРО\n"
        + "3.\tРеестр\t2026 г. – 1; 2027 г. – 1; 2028 г. – 1\tпостоянно\tЦРО\n", Y2026, Y2028_END);

    assertThat(messages(roadmap)).containsExactly("Мероприятие 1.: показатель задан на 2026 и 2028 гг., но срок "
        + "мероприятия «март 2027 г.» в эти годы не наступает — уточните срок или показатель");
  }

  @Test
  void aRangeWithoutAYearThatStartsBeforeThePeriodIsWarned() {
    DeadlineParser.Analysis analysis = DeadlineParser.analyze("Август–октябрь", SEP_2026, AUG_2027_END);
    assertThat(analysis.deadline().start()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(analysis.problems()).containsExactly(
        "срок «Август–октябрь» начинается 01.08.2026, до начала периода 01.09.2026 — проверьте год");
    assertThat(DeadlineParser.analyze("Сентябрь-октябрь", SEP_2026, AUG_2027_END).problems()).isEmpty();
  }

  @Test
  void aMonthAndARangeWithoutAYearReadIntoDifferentYearsAreWarned() {
    ParsedRoadmap school = new RoadmapParser().parse(Seeds.LYUDINOVO_SCHOOL.file, Seeds.LYUDINOVO_SCHOOL.bytes(),
        SEP_2026, AUG_2027_END);

    assertThat(messages(school)).contains(
        "Мероприятие 1.1.: срок «Август» без года отнесён к 2027 г., а срок «Август–октябрь» мероприятия 1.2. "
            + "— к 2026 г.; проверьте год",
        "Мероприятие 1.2.: срок «Август–октябрь» начинается 01.08.2026, до начала периода 01.09.2026 — проверьте год");
    // Imported for August–July, the same months land in one year and nothing is said.
    assertThat(messages(Seeds.LYUDINOVO_SCHOOL.parse())).noneMatch(m -> m.contains("проверьте год"));
  }
}
