package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.nastavnik.roadmap.parse.ParsedItem;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.roadmap.parse.RoadmapParser;
import ru.nastavnik.system.BusinessRuleException;

/** The reader's proposal of the fact an item is closed by, on the wording of real roadmaps. */
class SystemFactTest {

  private static Optional<SystemFact> propose(String title) {
    return SystemFact.propose(title, null);
  }

  @Test
  void theItemsThatSpeakOfRecordedFactsAreProposedTheirFact() {
    assertThat(propose("1.4 Назначение кураторов внедрения целевой модели наставничества в ОО")).contains(SystemFact.CURATORS_APPOINTED);
    assertThat(propose("3.1. Формирование базы наставляемых в 2020-2021 учебном году")).contains(SystemFact.MENTEE_BANK_FORMED);
    assertThat(propose("3.2. Формирование банка данных наставников, обеспечение согласий")).contains(SystemFact.MENTOR_BANK_FORMED);
    assertThat(propose("5.3 Обучение наставников")).contains(SystemFact.MENTORS_TRAINED);
    assertThat(propose("1.3. Обучить наставников")).contains(SystemFact.MENTORS_TRAINED);
    assertThat(propose("5.4 Формирование наставнических пар или групп")).contains(SystemFact.PAIRS_ORDERED);
    assertThat(propose("3.6. Завершение наставничества - подведение итогов работы")).contains(SystemFact.PROGRAMS_COMPLETED);
    assertThat(propose("3.5. Организация работы наставнических пар или групп: встреча-знакомство")).contains(SystemFact.MEETINGS_HELD);
    assertThat(propose("Сбор отчётов образовательных организаций о реализации наставничества до 10 декабря"))
        .contains(SystemFact.MONITORING_REPORT_FILED);
    assertThat(propose("4.3. Сбор результатов мониторинга реализации программ наставничества")).contains(SystemFact.MONITORING_REPORT_FILED);
    assertThat(SystemFact.propose("7.5 Анализ результатов муниципального мониторинга", "Аналитическая справка"))
        .contains(SystemFact.ANALYTIC_REPORT_SENT);
    assertThat(propose("3.4. Формирование банка успешных практик (кейсов) наставничества")).contains(SystemFact.PRACTICES_PUBLISHED);
  }

  @Test
  void itemsThatOnlyMentionMentorsOrMonitoringAreNotProposed() {
    assertThat(propose("4.1 Анализ банка наставников и выбор подходящих для программы")).isEmpty();
    assertThat(propose("1.4. Организация мониторинга по развитию системы наставничества")).isEmpty();
    assertThat(propose("6.2. Сбор отчётов наставляемых, наставников, оформление итогов совместной работы")).isEmpty();
    assertThat(propose("2.5 Организация обучения кураторов на курсах повышения квалификации")).isEmpty();
    assertThat(propose("Разработка Положения о наставничестве")).isEmpty();
    assertThat(SystemFact.propose(null, null)).isEmpty();
  }

  @Test
  void everySeedRoadmapGetsProposalsOnlyWhereItsWordingNamesAFact() throws Exception {
    Map<String, Long> proposed = new TreeMap<>();
    try (var files = Files.list(Path.of("src/test/resources/roadmaps"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        ParsedRoadmap roadmap = new RoadmapParser().parse(file.getFileName().toString(), Files.readAllBytes(file),
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
        long count = roadmap.items().stream().filter((ParsedItem i) -> SystemFact.propose(i.title(), i.expectedResult()).isPresent()).count();
        proposed.put(file.getFileName().toString().substring(0, 3), count);
      }
    }
    // Counted by reading each item of the five seeds (docs/roadmap-formats.md lists them).
    assertThat(proposed).containsExactlyEntriesOf(new TreeMap<>(Map.of("000", 1L, "001", 4L, "002", 7L, "003", 4L, "004", 8L)));
  }

  @Test
  void aReviewersChoiceIsParsedAndAnUnknownFactIsRefusedInRussian() {
    assertThat(SystemFact.parse("MEETINGS_HELD", "factLinks")).contains(SystemFact.MEETINGS_HELD);
    assertThat(SystemFact.parse("", "factLinks")).isEmpty();
    assertThatThrownBy(() -> SystemFact.parse("DROP TABLE", "factLinks")).isInstanceOf(BusinessRuleException.class)
        .hasMessage("Неизвестный факт системы «DROP TABLE»");
  }
}
