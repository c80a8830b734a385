package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The five real roadmaps of docs/seeds, each read for the period stated in {@link Seeds}. */
class SeedRoadmapsTest {

  private static final Set<ResponsibleBody> DEPARTMENT_AND_CENTER =
      Set.of(ResponsibleBody.DEPARTMENT, ResponsibleBody.METHODICAL_CENTER);

  private static ParsedItem item(ParsedRoadmap roadmap, String number) {
    List<ParsedItem> found = roadmap.items().stream().filter(i -> number.equals(i.number())).toList();
    assertThat(found).as("item " + number).hasSize(1);
    return found.get(0);
  }

  private static List<LocalDate> dates(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  private static List<String> numbers(ParsedRoadmap roadmap) {
    return roadmap.items().stream().map(ParsedItem::number).toList();
  }

  @ParameterizedTest
  @EnumSource(Seeds.class)
  void everyRowOfTheSeedIsAnItemASectionAContinuationOrAWarning(Seeds seed) {
    Seeds.assertEveryRowAccountedFor(seed.text(), seed.parse());
  }

  @ParameterizedTest
  @EnumSource(Seeds.class)
  void noExportMarkupIsLeftInTheResult(Seeds seed) {
    ParsedRoadmap roadmap = seed.parse();
    List<String> texts = new java.util.ArrayList<>();
    texts.add(roadmap.title());
    roadmap.sections().forEach(s -> texts.add(s.title()));
    roadmap.items().forEach(i -> {
      texts.add(i.title());
      texts.add(i.responsible().text());
      texts.add(i.expectedResult());
    });
    assertThat(texts).noneMatch(t -> t.contains("<") || t.contains("**") || t.contains("###") || t.contains("•")
        || t.contains("\t") || t.startsWith("- "));
  }

  @ParameterizedTest
  @EnumSource(Seeds.class)
  void theSameSeedInWindows1251ReadsTheSame(Seeds seed) {
    byte[] cp1251 = seed.text().getBytes(Charset.forName("windows-1251"));
    ParsedRoadmap fromCp1251 = new RoadmapParser().parse(seed.file, cp1251, seed.from, seed.to);
    assertThat(fromCp1251).isEqualTo(seed.parse());
  }

  @ParameterizedTest
  @EnumSource(Seeds.class)
  void windowsLineEndingsAndAByteOrderMarkChangeNothing(Seeds seed) {
    byte[] crlf = ("\uFEFF" + seed.text().replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    assertThat(new RoadmapParser().parse(seed.file, crlf, seed.from, seed.to)).isEqualTo(seed.parse());
    byte[] utf16 = ("\uFEFF" + seed.text()).getBytes(StandardCharsets.UTF_16LE);
    assertThat(new RoadmapParser().parse(seed.file, utf16, seed.from, seed.to)).isEqualTo(seed.parse());
  }

  /** Seed 000, Khanty-Mansiysk, calendar 2022. */
  @Nested
  class KhantyMansiysk {

    private final ParsedRoadmap roadmap = Seeds.KHANTY_MANSIYSK.parse();

    @Test
    void hasThirteenItemsInThreeSectionsAndNoWarnings() {
      assertThat(roadmap.title()).startsWith("Комплекс мер («дорожная карта») по внедрению системы (целевой модели)")
          .endsWith("города Ханты-Мансийска");
      assertThat(roadmap.sections()).extracting(ParsedSection::number).containsExactly("I.", "II.", "III.");
      assertThat(roadmap.sections().get(2).title())
          .isEqualTo("Мониторинг и оценка результатов внедрения целевой модели наставничества");
      assertThat(numbers(roadmap)).containsExactly("1.1.", "1.2.", "1.3.", "1.4.", "2.1", "2.2", "2.3", "2.4", "2.5",
          "2.6", "2.7", "3.1", "3.2.");
      assertThat(roadmap.warnings()).isEmpty();
    }

    @Test
    void itemsBelongToTheirSections() {
      assertThat(item(roadmap, "1.3.").section()).isEqualTo("I.");
      assertThat(item(roadmap, "2.7").section()).isEqualTo("II.");
      // Section III is a markdown heading line outside the table rows.
      assertThat(item(roadmap, "3.1").section()).isEqualTo("III.");
    }

    @Test
    void aMonthWithAYearIsItsLastDay() {
      ParsedItem model = item(roadmap, "1.1.");
      assertThat(model.title()).startsWith("Разработка, формирование и утверждение муниципальной модели");
      assertThat(model.deadline().kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(model.deadline().dueDates()).containsExactly(LocalDate.of(2022, 3, 31));
      assertThat(model.responsible().bodies()).isEqualTo(DEPARTMENT_AND_CENTER);
      assertThat(model.responsible().fanOut()).isFalse();
      assertThat(model.row()).isEqualTo(8);
    }

    @Test
    void theRowContinuedAfterThePageBreakIsJoinedToItem14() {
      ParsedItem control = item(roadmap, "1.4.");
      assertThat(control.responsible().text())
          .isEqualTo("Департамент образования Администрации города Ханты-Мансийска, МКУ ДО «Центр развития образования»");
      assertThat(control.responsible().bodies()).isEqualTo(DEPARTMENT_AND_CENTER);
      assertThat(control.expectedResult()).isEqualTo("Справки по итогам реализации муниципальной модели («дорожной карты»). "
          + "При необходимости корректировка планов. Участие в региональных методических совещаниях.");
      assertThat(control.deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(control.deadline().dueDates()).containsExactly(LocalDate.of(2022, 12, 31));
    }

    @Test
    void deadlinesOfSectionTwo() {
      assertThat(item(roadmap, "2.1").deadline().dueDates()).containsExactly(LocalDate.of(2022, 5, 1));
      ParsedItem contest = item(roadmap, "2.2");
      assertThat(contest.deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(contest.deadline().dueDates()).containsExactly(LocalDate.of(2022, 12, 31));
      assertThat(item(roadmap, "2.3").deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(item(roadmap, "2.5").deadline().dueDates()).containsExactly(LocalDate.of(2022, 9, 30));
      assertThat(item(roadmap, "3.2.").deadline().dueDates()).containsExactly(LocalDate.of(2022, 12, 31));
    }

    @Test
    void itemsOfTheOrganizationsFanOut() {
      ParsedItem base = item(roadmap, "2.3");
      assertThat(base.responsible().text()).isEqualTo("МКУ ДО «Центр развития образования», ОО");
      assertThat(base.responsible().fanOut()).isTrue();
      assertThat(base.responsible().bodies())
          .containsExactlyInAnyOrder(ResponsibleBody.METHODICAL_CENTER, ResponsibleBody.ORGANIZATIONS);
      assertThat(item(roadmap, "1.3.").responsible().fanOut()).isTrue();
      assertThat(item(roadmap, "3.2.").responsible().fanOut()).isTrue();
      assertThat(item(roadmap, "3.1").responsible().fanOut()).isFalse();
    }
  }

  /** Seed 001, Nizhnevartovsk, calendar 2026–2028. */
  @Nested
  class Nizhnevartovsk {

    private final ParsedRoadmap roadmap = Seeds.NIZHNEVARTOVSK.parse();

    @Test
    void hasTwentyOneItemsInThreeSections() {
      assertThat(roadmap.title())
          .isEqualTo("Дорожная карта по реализации системы (целевой модели) наставничества (2026 - 2028 гг.)");
      assertThat(roadmap.sections()).extracting(ParsedSection::number).containsExactly("1.", "II.", "III.");
      assertThat(roadmap.sections().get(0).title()).startsWith("Актуализация нормативно-правовых");
      assertThat(roadmap.items()).hasSize(21);
      assertThat(roadmap.items().stream().filter(i -> "1.".equals(i.section()))).hasSize(9);
      assertThat(roadmap.items().stream().filter(i -> "II.".equals(i.section()))).hasSize(7);
      assertThat(roadmap.items().stream().filter(i -> "III.".equals(i.section()))).hasSize(5);
    }

    @Test
    void theDuplicatedNumberIsKeptAndWarnedAbout() {
      assertThat(numbers(roadmap)).startsWith("1.1", "1.1.", "1.2.");
      assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
        assertThat(w.row()).isEqualTo(56);
        assertThat(w.message()).contains("«1.1.»").contains("повторяется").contains("строке 55");
      });
    }

    @Test
    void theRoadmapItselfIsDueInFebruary() {
      ParsedItem first = roadmap.items().get(0);
      assertThat(first.title()).isEqualTo("Разработка дорожной карты в сфере общего образования на 2026-2028 гг.");
      assertThat(first.deadline().kind()).isEqualTo(DeadlineKind.DATE);
      assertThat(first.deadline().dueDates()).containsExactly(LocalDate.of(2026, 2, 28));
      assertThat(first.responsible().bodies()).containsExactly(ResponsibleBody.DEPARTMENT);
      assertThat(first.indicators()).isEmpty();
    }

    @Test
    void aMonthEveryYearIsDueEachYearAndOrganizationsFanOutWithTheirIndicator() {
      ParsedItem acts = item(roadmap, "1.1.");
      assertThat(acts.title()).startsWith("Проработка и анализ имеющихся локальных нормативных правовых актов")
          .contains("внесение изменений (при необходимости): приказ(ы) о закреплении");
      assertThat(acts.deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
      assertThat(acts.deadline().dueDates()).isEqualTo(dates("2026-09-30", "2027-09-30", "2028-09-30"));
      assertThat(acts.responsible().fanOut()).isTrue();
      assertThat(acts.responsible().bodies()).containsExactly(ResponsibleBody.ORGANIZATIONS);
      assertThat(acts.indicators()).containsExactly(new Indicator(2026, 60), new Indicator(2027, 60), new Indicator(2028, 60));
    }

    @Test
    void item13IsJoinedAcrossThePageBreakIncludingItsIndicator() {
      ParsedItem council = item(roadmap, "1.3.");
      assertThat(council.title()).isEqualTo("Создание (при необходимости) на уровне образовательной организации "
          + "методического объединения/совета/комиссии наставников образовательной организации");
      assertThat(council.expectedResult()).isEqualTo("Создание методического объединения наставников (при необходимости)");
      assertThat(council.indicators()).containsExactly(new Indicator(2026, 60), new Indicator(2027, 60), new Indicator(2028, 60));
      assertThat(council.row()).isEqualTo(58);
    }

    @Test
    void dayDeadlinesEveryYear() {
      assertThat(item(roadmap, "1.7.").deadline().dueDates()).isEqualTo(dates("2026-06-15", "2027-06-15", "2028-06-15"));
      assertThat(item(roadmap, "1.8.").deadline().dueDates()).isEqualTo(dates("2026-06-30", "2027-06-30", "2028-06-30"));
      assertThat(item(roadmap, "1.5.").deadline().dueDates()).isEqualTo(dates("2026-05-31", "2027-05-31", "2028-05-31"));
    }

    @Test
    void continuousItemsAreDueAtTheEndOf2028() {
      ParsedItem registry = item(roadmap, "2.2.");
      assertThat(registry.deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(registry.deadline().start()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(registry.deadline().dueDates()).containsExactly(LocalDate.of(2028, 12, 31));
      assertThat(registry.responsible().bodies()).containsExactly(ResponsibleBody.METHODICAL_CENTER);
      assertThat(registry.responsible().fanOut()).isFalse();
      assertThat(item(roadmap, "3.5.").deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
    }

    @Test
    void htmlListsAreCleanedAndContinuedCellsJoined() {
      ParsedItem pairs = item(roadmap, "2.4.");
      assertThat(pairs.title()).startsWith("Организация и осуществление работы наставнических пар/групп: "
          + "формирование наставнических пар/групп; разработка персонализированных программ");
      assertThat(pairs.expectedResult()).isEmpty();
      assertThat(item(roadmap, "2.3.").title())
          .endsWith("желающих принять участие в персонализированных программах наставничества; "
              + "формирование банка наставников, обеспечение согласий на сбор и обработку персональных данных");
      ParsedItem coverage = item(roadmap, "2.7.");
      assertThat(coverage.title()).endsWith("кейсов на сайтах образовательных организаций и организаций – партнеров и др.");
      assertThat(coverage.responsible().text()).isEqualTo("МАУ г.Нижевартовска «ЦРО», образовательные организации");
      assertThat(coverage.responsible().fanOut()).isTrue();
      assertThat(coverage.indicators()).containsExactly(new Indicator(2026, 19), new Indicator(2027, 24), new Indicator(2028, 37));
      assertThat(item(roadmap, "3.3.").title()).endsWith("Ханты-Мансийского автономного округа – Югры и др.)");
    }
  }

  /** Seed 002, Azov (students' model), calendar 2020–2021. */
  @Nested
  class Azov {

    private final ParsedRoadmap roadmap = Seeds.AZOV.parse();

    @Test
    void hasTwentyTwoItemsInSixSectionsAndOneSubsection() {
      assertThat(roadmap.title()).startsWith("План мероприятий (дорожная карта) внедрения методологии (целевой модели)")
          .endsWith("на территории г. Азова");
      assertThat(roadmap.sections()).extracting(ParsedSection::number)
          .containsExactly("1.", "2.", "3.", "4.", "5.", "5.1.", "6.");
      assertThat(roadmap.sections().get(5).title())
          .isEqualTo("Контроль реализации мероприятий по внедрению целевой модели наставничества");
      assertThat(roadmap.items()).hasSize(22);
      assertThat(numbers(roadmap)).containsSubsequence("1.1.", "1.5.", "2.1.", "3.6.", "4.3.", "5.1.1.", "5.1.2.", "6.1.");
      assertThat(item(roadmap, "5.1.1.").section()).isEqualTo("5.1.");
      assertThat(item(roadmap, "6.1.").section()).isEqualTo("6.");
    }

    @Test
    void theOnlyWarningIsTheItemWithoutAResponsibleExecutor() {
      assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
        assertThat(w.row()).isEqualTo(27);
        assertThat(w.message()).isEqualTo("Мероприятие 3.3.: не указан ответственный исполнитель — назначьте его вручную");
      });
      ParsedItem training = item(roadmap, "3.3.");
      assertThat(training.deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      assertThat(training.responsible().bodies()).isEmpty();
    }

    @Test
    void deadlinesOfTheAzovRoadmap() {
      assertThat(item(roadmap, "1.1.").deadline().dueDates()).containsExactly(LocalDate.of(2020, 11, 15));
      ParsedItem agreements = item(roadmap, "1.4.");
      assertThat(agreements.deadline().text()).isEqualTo("до 2021");
      assertThat(agreements.deadline().dueDates()).containsExactly(LocalDate.of(2021, 12, 31));
      assertThat(item(roadmap, "2.1.").deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      ParsedItem campaign = item(roadmap, "2.5.");
      assertThat(campaign.deadline().kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(campaign.deadline().start()).isEqualTo(LocalDate.of(2020, 10, 1));
      assertThat(campaign.deadline().dueDates()).containsExactly(LocalDate.of(2020, 12, 31));
      ParsedItem mentors = item(roadmap, "3.2.");
      assertThat(mentors.deadline().text()).isEqualTo("15-30 октября 2020 .");
      assertThat(mentors.deadline().start()).isEqualTo(LocalDate.of(2020, 10, 15));
      assertThat(mentors.deadline().dueDates()).containsExactly(LocalDate.of(2020, 10, 30));
      assertThat(item(roadmap, "3.5.").deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      ParsedItem control = item(roadmap, "5.1.1.");
      assertThat(control.deadline().start()).isEqualTo(LocalDate.of(2020, 11, 1));
      assertThat(control.deadline().dueDates()).containsExactly(LocalDate.of(2020, 12, 31));
      ParsedItem coordination = item(roadmap, "6.1.");
      assertThat(coordination.deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(coordination.deadline().dueDates()).containsExactly(LocalDate.of(2021, 12, 31));
    }

    @Test
    void headsAndCuratorsOfOrganizationsFanOut() {
      assertThat(item(roadmap, "1.1.").responsible().text()).isEqualTo("Руководители ОО");
      assertThat(item(roadmap, "1.1.").responsible().fanOut()).isTrue();
      assertThat(item(roadmap, "3.1.").responsible().fanOut()).isTrue();
      assertThat(item(roadmap, "4.1.").responsible().fanOut()).isTrue();
      ParsedItem approval = item(roadmap, "1.2.");
      assertThat(approval.responsible().bodies()).containsExactly(ResponsibleBody.DEPARTMENT);
      assertThat(approval.responsible().fanOut()).isFalse();
      assertThat(item(roadmap, "4.3.").responsible().bodies()).containsExactly(ResponsibleBody.METHODICAL_CENTER);
    }

    @Test
    void cellsContinuedAfterAPageBreakAreJoined() {
      assertThat(item(roadmap, "1.5.").title()).startsWith("Разработка и утверждение мер по обеспечению доступности "
          + "программ наставничества для обучающихся с особыми образовательными потребностями");
      assertThat(item(roadmap, "3.1.").expectedResult())
          .isEqualTo("Базы наставляемых с перечнем запросов, необходимая для подбора кандидатов в наставники");
      assertThat(item(roadmap, "4.2.").expectedResult())
          .endsWith("от участников программ и иных причастных к программам лиц");
    }
  }

  /** Seed 003, a single school, 2026-08-01 .. 2027-07-31. */
  @Nested
  class LyudinovoSchool {

    private final ParsedRoadmap roadmap = Seeds.LYUDINOVO_SCHOOL.parse();

    @Test
    void stagesBecomeSectionsAndTheirNumberedSubItemsBecomeItems() {
      assertThat(roadmap.title()).isEqualTo("Дорожная карта (план мероприятий) по реализации Положения о системе "
          + "наставничества педагогических работников в ГКОУКО «Людиновская школа-интернат»");
      assertThat(roadmap.sections()).extracting(ParsedSection::number)
          .containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.");
      assertThat(roadmap.sections().get(1).title()).isEqualTo("Формирование банка наставляемых");
      assertThat(numbers(roadmap)).containsExactly("1.1.", "1.2.", "1.3.", "2.1.", "2.2.", "3.1.", "3.2.", "4.1.", "4.2.",
          "5.1.", "5.2.", "5.3.", "6.1.", "6.2.", "6.3.", "6.4.", "7.");
      assertThat(roadmap.warnings()).isEmpty();
    }

    @Test
    void subItemsOfOneStageRowShareItsOtherCells() {
      ParsedItem collect = item(roadmap, "2.1.");
      ParsedItem bank = item(roadmap, "2.2.");
      assertThat(collect.title()).isEqualTo("Сбор информации о профессиональных запросах педагогов.");
      assertThat(bank.title()).isEqualTo("Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку персональных данных.");
      assertThat(collect.row()).isEqualTo(12).isEqualTo(bank.row());
      assertThat(bank.deadline()).isEqualTo(collect.deadline());
      assertThat(bank.responsible()).isEqualTo(collect.responsible());
      assertThat(bank.section()).isEqualTo("2.");
      assertThat(roadmap.items().stream().filter(i -> i.row() == 18)).extracting(ParsedItem::number)
          .containsExactly("6.1.", "6.2.", "6.3.", "6.4.");
      assertThat(item(roadmap, "6.4.").deadline().dueDates()).containsExactly(LocalDate.of(2027, 6, 30));
    }

    @Test
    void monthsWithoutAYearFallInsideTheSchoolYear() {
      assertThat(item(roadmap, "1.1.").deadline().dueDates()).containsExactly(LocalDate.of(2026, 8, 31));
      ParsedItem acts = item(roadmap, "1.2.");
      assertThat(acts.deadline().kind()).isEqualTo(DeadlineKind.RANGE);
      assertThat(acts.deadline().start()).isEqualTo(LocalDate.of(2026, 8, 1));
      assertThat(acts.deadline().dueDates()).containsExactly(LocalDate.of(2026, 10, 31));
      assertThat(item(roadmap, "4.1.").deadline().dueDates()).containsExactly(LocalDate.of(2026, 10, 31));
      assertThat(item(roadmap, "5.2.").deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(item(roadmap, "5.2.").deadline().dueDates()).containsExactly(LocalDate.of(2027, 7, 31));
      ParsedItem results = item(roadmap, "6.1.");
      assertThat(results.deadline().start()).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void theSchoolsOwnStaffIsTheOrganizationWithoutFanOut() {
      assertThat(roadmap.items()).allSatisfy(i -> {
        assertThat(i.responsible().bodies()).containsExactly(ResponsibleBody.ORGANIZATIONS);
        assertThat(i.responsible().fanOut()).isFalse();
      });
      assertThat(item(roadmap, "1.1.").responsible().text()).isEqualTo("Администрация");
    }

    @Test
    void cleanedBulletsAndAContinuationRow() {
      assertThat(item(roadmap, "1.2.").title())
          .startsWith("Подготовка и принятие локальных нормативных правовых актов образовательной организации: приказ «Об утверждении");
      ParsedItem programs = item(roadmap, "1.3.");
      assertThat(programs.title()).isEqualTo("Подготовка персонализированных программ наставничества.");
      assertThat(programs.responsible().text()).isEqualTo("Куратор реализации программ наставничества, методический совет");
      assertThat(programs.expectedResult()).isEqualTo("Созданы персонализированные программы наставничества");
      ParsedItem info = item(roadmap, "7.");
      assertThat(info.section()).isEqualTo("7.");
      assertThat(info.title()).startsWith("Освещение мероприятий Дорожной карты осуществляется на всех этапах");
    }
  }

  /** Seed 004, Kotelnikovo district, calendar 2022. */
  @Nested
  class Kotelnikovo {

    private final ParsedRoadmap roadmap = Seeds.KOTELNIKOVO.parse();

    @Test
    void hasTwentySixItemsAndSectionsAsNumberedWithoutSectionThree() {
      assertThat(roadmap.title()).isEqualTo("План мероприятий (дорожная карта) внедрения муниципальной целевой модели "
          + "наставничества педагогических работников образовательных организаций на 2022 год");
      assertThat(roadmap.sections()).extracting(ParsedSection::number).containsExactly("1", "2", "4", "5", "6", "7");
      assertThat(roadmap.items()).hasSize(26);
      assertThat(item(roadmap, "4.1").section()).isEqualTo("4");
      assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
        assertThat(w.row()).isEqualTo(79);
        assertThat(w.message()).contains("пропущен номер раздела 3");
      });
    }

    @Test
    void deadlinesOf2022() {
      assertThat(item(roadmap, "1.1").deadline().dueDates()).containsExactly(LocalDate.of(2022, 3, 31));
      assertThat(item(roadmap, "1.3").deadline().dueDates()).containsExactly(LocalDate.of(2022, 4, 20));
      ParsedItem webinars = item(roadmap, "4.1");
      assertThat(webinars.deadline().text()).isEqualTo("Апрель-декабрь 2022года");
      assertThat(webinars.deadline().start()).isEqualTo(LocalDate.of(2022, 4, 1));
      assertThat(webinars.deadline().dueDates()).containsExactly(LocalDate.of(2022, 12, 31));
      assertThat(item(roadmap, "5.3").deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      assertThat(item(roadmap, "5.4").deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(item(roadmap, "7.1").deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      assertThat(item(roadmap, "7.3").deadline().start()).isEqualTo(LocalDate.of(2022, 3, 1));
      assertThat(item(roadmap, "7.5").deadline().dueDates()).containsExactly(LocalDate.of(2022, 4, 30));
    }

    @Test
    void theTypoSorokamiIsStillOnDemandAndTheDeadlineContinuedOnTheNextRowIsJoined() {
      ParsedItem pairs = item(roadmap, "5.5");
      assertThat(pairs.deadline().text()).isEqualTo("в соответствии с сороками реализации программ наставничества");
      assertThat(pairs.deadline().kind()).isEqualTo(DeadlineKind.ON_DEMAND);
      ParsedItem base = item(roadmap, "2.5");
      assertThat(base.title()).isEqualTo("Формирование единой муниципальной базы наставников");
      assertThat(base.deadline().text()).isEqualTo("В течение всего периода реализации целевой модели наставничества");
      assertThat(base.deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(base.responsible().text()).isEqualTo("Отдел образования, ОО");
      assertThat(base.expectedResult()).isEqualTo("Актуальный муниципальный реестр наставников");
    }

    @Test
    void responsibleExecutorsOfTheDistrict() {
      ParsedItem order = item(roadmap, "1.1");
      assertThat(order.responsible().bodies()).containsExactly(ResponsibleBody.DEPARTMENT);
      assertThat(order.responsible().fanOut()).isFalse();
      ParsedItem acts = item(roadmap, "1.3");
      assertThat(acts.responsible().text()).isEqualTo("Образовательные организации (далее – ОО)");
      assertThat(acts.responsible().fanOut()).isTrue();
      ParsedItem accounting = item(roadmap, "7.2");
      assertThat(accounting.responsible().text())
          .isEqualTo("кураторы внедрения целевой модели наставничества (Отдел образования, ОО)");
      assertThat(accounting.responsible().bodies())
          .containsExactlyInAnyOrder(ResponsibleBody.DEPARTMENT, ResponsibleBody.ORGANIZATIONS);
      assertThat(accounting.responsible().fanOut()).isTrue();
    }
  }
}
