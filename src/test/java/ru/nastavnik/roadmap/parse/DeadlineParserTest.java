package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every phrase of the deadline table in docs/roadmap-format.md, with its kind and dates. */
class DeadlineParserTest {

  /** Calendar 2020–2022: the years seeds 002 and 004 speak of. */
  private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate Y2022_END = LocalDate.of(2022, 12, 31);
  /** Calendar 2026–2028: seed 001. */
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate Y2028_END = LocalDate.of(2028, 12, 31);
  /** Academic year 2026/27. */
  private static final LocalDate SEP_2026 = LocalDate.of(2026, 9, 1);
  private static final LocalDate AUG_2027_END = LocalDate.of(2027, 8, 31);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<LocalDate> dates(String... iso) {
    return Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  private static Deadline read(String text, LocalDate from, LocalDate to) {
    Deadline deadline = DeadlineParser.parse(text, from, to);
    assertThat(deadline.text()).as("the phrase is kept").isEqualTo(text.trim().replaceAll("\\s+", " "));
    return deadline;
  }

  @Nested
  class Dates {

    @Test
    void aDateWithDoIsThatDay() {
      assertThat(read("до 15.11.2020", Y2020, Y2022_END))
          .isEqualTo(new Deadline("до 15.11.2020", DeadlineKind.DATE, null, dates("2020-11-15")));
    }

    @Test
    void aBareNumericDateIsThatDay() {
      assertThat(read("15.11.2020", Y2020, Y2022_END).dueDates()).containsExactly(d("2020-11-15"));
    }

    @Test
    void aDayAndAMonthNameWithAYearIsThatDay() {
      assertThat(read("До 1 мая 2022", Y2020, Y2022_END).dueDates()).containsExactly(d("2022-05-01"));
      Deadline april = read("до 20 апреля 2022 г.", Y2020, Y2022_END);
      assertThat(april.kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(april.dueDates()).containsExactly(d("2022-04-20"));
    }

    @Test
    void aMonthAloneMeansItsLastDay() {
      assertThat(read("Март 2022", Y2020, Y2022_END).dueDates()).containsExactly(d("2022-03-31"));
      assertThat(read("февраль 2026 года", Y2026, Y2028_END).dueDates()).containsExactly(d("2026-02-28"));
      assertThat(read("февраль 2028 года", Y2026, Y2028_END).dueDates()).containsExactly(d("2028-02-29"));
    }

    @Test
    void aMonthWithoutAYearIsItsFirstOccurrenceInsideThePeriod() {
      Deadline september = read("Сентябрь", SEP_2026, AUG_2027_END);
      assertThat(september.kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(september.dueDates()).containsExactly(d("2026-09-30"));
      // August of the academic year 2026/27 is August 2027, not the August before the period.
      assertThat(read("Август", SEP_2026, AUG_2027_END).dueDates()).containsExactly(d("2027-08-31"));
      assertThat(read("до 15 июня", SEP_2026, AUG_2027_END).dueDates()).containsExactly(d("2027-06-15"));
    }

    @Test
    void aYearAloneIsItsLastDay() {
      Deadline deadline = read("до 2021", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(deadline.dueDates()).containsExactly(d("2021-12-31"));
    }

    @Test
    void severalListedDatesAreAllDue() {
      Deadline deadline = read("май, декабрь 2022", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(deadline.dueDates()).containsExactly(d("2022-05-31"), d("2022-12-31"));
    }
  }

  @Nested
  class Ranges {

    @Test
    void twoMonthsWithAYearRunFromTheFirstDayToTheLastDay() {
      assertThat(read("Октябрь-декабрь 2020", Y2020, Y2022_END))
          .isEqualTo(new Deadline("Октябрь-декабрь 2020", DeadlineKind.RANGE, d("2020-10-01"), dates("2020-12-31")));
    }

    @Test
    void twoDaysOfOneMonth() {
      Deadline deadline = read("15-30 октября 2020", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2020-10-15"));
      assertThat(deadline.dueDates()).containsExactly(d("2020-10-30"));
    }

    @Test
    void fromOneDayToAnother() {
      Deadline deadline = read("с 1 ноября по 31 декабря 2020г.", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2020-11-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2020-12-31"));
    }

    @Test
    void monthsWithoutAYearAreTheirFirstOccurrenceInsideThePeriod() {
      LocalDate schoolYearStart = LocalDate.of(2026, 8, 1);
      LocalDate schoolYearEnd = LocalDate.of(2027, 7, 31);
      Deadline autumn = read("Август–октябрь", schoolYearStart, schoolYearEnd);
      assertThat(autumn.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(autumn.start()).isEqualTo(d("2026-08-01"));
      assertThat(autumn.dueDates()).containsExactly(d("2026-10-31"));

      Deadline spring = read("Май-июнь", SEP_2026, AUG_2027_END);
      assertThat(spring.start()).isEqualTo(d("2027-05-01"));
      assertThat(spring.dueDates()).containsExactly(d("2027-06-30"));
    }

    @Test
    void aRangeAlreadyRunningWhenThePeriodStartsIsThatOccurrence() {
      // Due 31 October 2026 is inside the academic year even though August is before it.
      Deadline deadline = read("Август–октябрь", SEP_2026, AUG_2027_END);
      assertThat(deadline.start()).isEqualTo(d("2026-08-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2026-10-31"));
    }

    @Test
    void aRangeAcrossNewYearEndsInTheNextYear() {
      Deadline deadline = read("ноябрь-февраль", SEP_2026, AUG_2027_END);
      assertThat(deadline.start()).isEqualTo(d("2026-11-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2027-02-28"));
    }

    @Test
    void monthsWithAnEmDashAndSpaces() {
      Deadline deadline = read("март — декабрь 2022 г.", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2022-03-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2022-12-31"));
    }

    @Test
    void aQuarterRunsFromItsFirstToItsLastDay() {
      Deadline deadline = read("IV квартал 2026 г.", Y2026, Y2028_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2026-10-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2026-12-31"));
      assertThat(read("1 квартал 2027", Y2026, Y2028_END).dueDates()).containsExactly(d("2027-03-31"));
    }

    @Test
    void aHalfYearRunsFromItsFirstToItsLastDay() {
      Deadline deadline = read("I полугодие 2027 г.", Y2026, Y2028_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2027-01-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2027-06-30"));
      assertThat(read("II полугодие 2027 года", Y2026, Y2028_END).dueDates()).containsExactly(d("2027-12-31"));
    }

    @Test
    void anAcademicYearRunsFromSeptemberToAugust() {
      Deadline deadline = read("2020-2021 учебный год", Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2020-09-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2021-08-31"));
    }

    @Test
    void withinAGivenYearOrMonthIsThatRange() {
      Deadline year = read("в течение 2022 года", Y2020, Y2022_END);
      assertThat(year.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(year.start()).isEqualTo(d("2022-01-01"));
      assertThat(year.dueDates()).containsExactly(d("2022-12-31"));
      Deadline month = read("в течение сентября 2022 г.", Y2020, Y2022_END);
      assertThat(month.start()).isEqualTo(d("2022-09-01"));
      assertThat(month.dueDates()).containsExactly(d("2022-09-30"));
    }
  }

  @Nested
  class Recurring {

    @Test
    void aMonthEveryYearIsDueOnItsLastDayOfEachYear() {
      Deadline deadline = read("сентябрь ежегодно", Y2026, Y2028_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(deadline.start()).isNull();
      assertThat(deadline.dueDates()).containsExactlyElementsOf(dates("2026-09-30", "2027-09-30", "2028-09-30"));
    }

    @Test
    void aDayEveryYearBeforeOrAfterTheWordEjegodno() {
      assertThat(read("до 15 июня ежегодно", Y2026, Y2028_END).dueDates())
          .containsExactlyElementsOf(dates("2026-06-15", "2027-06-15", "2028-06-15"));
      assertThat(read("ежегодно до 1 октября", Y2026, Y2028_END).dueDates())
          .containsExactlyElementsOf(dates("2026-10-01", "2027-10-01", "2028-10-01"));
      assertThat(read("Ежегодно, в срок до 25 декабря", Y2026, Y2028_END).dueDates())
          .containsExactlyElementsOf(dates("2026-12-25", "2027-12-25", "2028-12-25"));
    }

    @Test
    void ejegodnoAloneIsTheLastDayOfEachYearInsideThePeriod() {
      assertThat(read("Ежегодно", Y2026, Y2028_END))
          .isEqualTo(new Deadline("Ежегодно", DeadlineKind.RECURRING, null,
              dates("2026-12-31", "2027-12-31", "2028-12-31")));
      assertThat(read("Ежегодно", SEP_2026, AUG_2027_END).dueDates()).containsExactly(d("2026-12-31"));
    }

    @Test
    void quarterlyIsTheLastDayOfEachQuarterInsideThePeriod() {
      Deadline deadline = read("ежеквартально", SEP_2026, AUG_2027_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(deadline.dueDates())
          .containsExactlyElementsOf(dates("2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30"));
      assertThat(read("ежеквартально", Y2026, Y2028_END).dueDates()).hasSize(12);
    }

    @Test
    void monthlyIsTheLastDayOfEachMonthInsideThePeriod() {
      Deadline deadline = read("ежемесячно", SEP_2026, AUG_2027_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(deadline.dueDates()).hasSize(12)
          .startsWith(d("2026-09-30"), d("2026-10-31"))
          .contains(d("2027-02-28"))
          .endsWith(d("2027-08-31"));
      assertThat(read("ежемесячно до 5 числа", SEP_2026, AUG_2027_END).dueDates())
          .hasSize(12).startsWith(d("2026-09-05")).endsWith(d("2027-08-05"));
    }

    @Test
    void onceAHalfYearIsTheLastDayOfEachHalfYearInsideThePeriod() {
      Deadline deadline = read("1 раз в полугодие", SEP_2026, AUG_2027_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(deadline.dueDates()).containsExactlyElementsOf(dates("2026-12-31", "2027-06-30"));
    }

    @Test
    void theTwentyNinthOfFebruaryOnlyFallsInLeapYears() {
      assertThat(read("29 февраля ежегодно", Y2026, Y2028_END).dueDates()).containsExactly(d("2028-02-29"));
    }

    @Test
    void aRecurringDateThatNeverFallsInsideThePeriodIsReported() {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze("до 15 июня ежегодно", SEP_2026, d("2026-12-31"));
      assertThat(analysis.deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(analysis.deadline().dueDates()).isEmpty();
      assertThat(analysis.problems()).singleElement().asString().contains("не приходится ни на одну дату");
    }
  }

  @Nested
  class Continuous {

    @ParameterizedTest
    @ValueSource(strings = {"Постоянно", "В течение всего периода", "в течение года", "В течение учебного года",
        "в течение периода реализации ЦМН", "в течение всего периода внедрения ЦМН",
        "В течение всего периода реализации Целевой модели наставничества", "в течении года", "постоянно, регулярно"})
    void isDueAtThePeriodsEnd(String phrase) {
      assertThat(read(phrase, SEP_2026, AUG_2027_END))
          .isEqualTo(new Deadline(phrase, DeadlineKind.CONTINUOUS, SEP_2026, List.of(AUG_2027_END)));
    }
  }

  @Nested
  class OnDemand {

    @ParameterizedTest
    @ValueSource(strings = {"По мере поступления из Министерства образования Ростовской области",
        "по отдельному графику", "по отдельному плану",
        "в соответствии со сроками реализации программ наставничества", "по мере необходимости",
        "в соответствии с сороками реализации программ наставничества",
        "в соответствии со сроками, устанавливаемыми комитетом образования, науки и молодежной политики Волгоградской области"})
    void hasNoComputedDates(String phrase) {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze(phrase, SEP_2026, AUG_2027_END);
      assertThat(analysis.deadline()).isEqualTo(new Deadline(phrase, DeadlineKind.ON_DEMAND, null, List.of()));
      assertThat(analysis.problems()).isEmpty();
    }
  }

  @Nested
  class Unknown {

    @ParameterizedTest
    @ValueSource(strings = {"по итогам конкурса", "—", "когда-нибудь", "в течение месяца после назначения",
        "13 брюмера", "1 2 3"})
    void anythingElseHasNoDatesAndAProblem(String phrase) {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze(phrase, SEP_2026, AUG_2027_END);
      assertThat(analysis.deadline().kind()).isEqualTo(DeadlineKind.UNKNOWN);
      assertThat(analysis.deadline().dueDates()).isEmpty();
      assertThat(analysis.deadline().text()).isEqualTo(phrase);
      assertThat(analysis.problems()).singleElement().asString().contains("не распознан");
    }

    @Test
    void anEmptyCellIsUnknownWithAProblem() {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze("  ", SEP_2026, AUG_2027_END);
      assertThat(analysis.deadline()).isEqualTo(new Deadline("", DeadlineKind.UNKNOWN, null, List.of()));
      assertThat(analysis.problems()).containsExactly("срок не указан — укажите дату вручную");
      assertThat(DeadlineParser.parse(null, SEP_2026, AUG_2027_END).kind()).isEqualTo(DeadlineKind.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "до 31.02.2026", "30 февраля 2026", "32.01.2026", "15.13.2026",
        "с 31 апреля по 10 мая 2026"})
    void aDateThatDoesNotExistIsAProblemNotACrash(String phrase) {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze(phrase, Y2026, Y2028_END);
      assertThat(analysis.deadline().kind()).isEqualTo(DeadlineKind.UNKNOWN);
      assertThat(analysis.deadline().dueDates()).isEmpty();
      assertThat(analysis.deadline().text()).isEqualTo(phrase);
      assertThat(analysis.problems()).singleElement().asString().contains("несуществующая дата");
    }

    @Test
    void aRangeEndingBeforeItStartsIsAProblem() {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze("с 31.12.2022 по 01.01.2022", Y2020, Y2022_END);
      assertThat(analysis.deadline().kind()).isEqualTo(DeadlineKind.UNKNOWN);
      assertThat(analysis.problems()).singleElement().asString().contains("начало позже окончания");
    }
  }

  @Nested
  class Variants {

    @ParameterizedTest
    @ValueSource(strings = {"Октябрь-декабрь 2020", "Октябрь–декабрь 2020", "Октябрь—декабрь 2020",
        "октябрь - декабрь 2020 г.", "ОКТЯБРЬ –ДЕКАБРЬ 2020 года", "  октябрь-декабрь   2020г. ", "Октябрь-декабрь 2020 гг.",
        "с октября по декабрь 2020", "октябрь-декабрь 2020года"})
    void dashesSpacesCaseAndYearWordsDoNotMatter(String phrase) {
      Deadline deadline = read(phrase, Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(deadline.start()).isEqualTo(d("2020-10-01"));
      assertThat(deadline.dueDates()).containsExactly(d("2020-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15-30 октября 2020", "15 – 30 октября 2020 г.", "15—30 октября 2020 .", "15 -30 ОКТЯБРЯ 2020"})
    void dayRangesWithAnyDash(String phrase) {
      Deadline deadline = read(phrase, Y2020, Y2022_END);
      assertThat(deadline.start()).isEqualTo(d("2020-10-15"));
      assertThat(deadline.dueDates()).containsExactly(d("2020-10-30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"до 15.11.2020г.", "до 15.11.2020 г.", "ДО 15.11.2020", "до 15.11.20", "не позднее 15 ноября 2020 года",
        "к 15 ноября 2020", "15 ноября 2020г"})
    void oneDayWrittenInManyWays(String phrase) {
      Deadline deadline = read(phrase, Y2020, Y2022_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(deadline.dueDates()).containsExactly(d("2020-11-15"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ЕЖЕГОДНО", "ежегодно.", " Ежегодно ", "1 раз в год", "ежегодный"})
    void annualInAnyCase(String phrase) {
      Deadline deadline = read(phrase, Y2026, Y2028_END);
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(deadline.dueDates()).containsExactlyElementsOf(dates("2026-12-31", "2027-12-31", "2028-12-31"));
    }

    @Test
    void aRemarkInBracketsDoesNotChangeTheDate() {
      assertThat(read("Март 2022 (по итогам полугодия)", Y2020, Y2022_END).dueDates()).containsExactly(d("2022-03-31"));
      assertThat(read("ежегодно (до 25 декабря)", Y2026, Y2028_END).dueDates())
          .containsExactlyElementsOf(dates("2026-12-25", "2027-12-25", "2028-12-25"));
    }

    @Test
    void aMonthInThePrepositionalCaseEveryYear() {
      assertThat(read("ежегодно в мае", Y2026, Y2028_END).dueDates())
          .containsExactlyElementsOf(dates("2026-05-31", "2027-05-31", "2028-05-31"));
    }
  }

  @Nested
  class PeriodBounds {

    @Test
    void anExplicitDateOutsideThePeriodIsKeptAndReported() {
      DeadlineParser.Analysis analysis = DeadlineParser.analyze("до 15.11.2019", Y2020, Y2022_END);
      assertThat(analysis.deadline().kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(analysis.deadline().dueDates()).containsExactly(d("2019-11-15"));
      assertThat(analysis.problems()).singleElement().asString()
          .contains("выходит за период 01.01.2020–31.12.2022");
    }

    @Test
    void aMissingOrReversedPeriodIsRefused() {
      assertThatThrownBy(() -> DeadlineParser.parse("Март 2022", null, Y2022_END))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Не задан период");
      assertThatThrownBy(() -> DeadlineParser.parse("Март 2022", Y2022_END, Y2020))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("позже его окончания");
      assertThatThrownBy(() -> DeadlineParser.parse("Март 2022", LocalDate.MIN, LocalDate.MAX))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("длиннее");
    }
  }
}
