package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text form: columns by meaning, export artifacts, sections, numbering and what becomes a warning. */
class TextRoadmapTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);
  private static final String HEADER = row("№ п/п", "Наименование мероприятий", "Сроки", "Ответственный исполнитель",
      "Ожидаемый результат");

  private static String row(String... cells) {
    return String.join("\t", cells);
  }

  private static ParsedRoadmap parse(String... lines) {
    return parseNamed("карта.txt", lines);
  }

  private static ParsedRoadmap parseNamed(String name, String... lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return new RoadmapParser().parse(name, bytes, FROM, TO);
  }

  @Test
  void columnsAreFoundByMeaningInAnyOrderWithAnUnknownColumnReported() {
    ParsedRoadmap roadmap = parse(
        row("Ответственные", "Примечание", "Срок исполнения", "Мероприятие", "№пп", "Вид документа", "Показатель реализации"),
        row("ОО", "заметка", "март 2026", "Утверждение положения", "1.1", "Приказ", "2026 г. – 60"));
    assertThat(roadmap.items()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo("1.1");
      assertThat(i.title()).isEqualTo("Утверждение положения");
      assertThat(i.deadline().dueDates()).containsExactly(LocalDate.of(2026, 3, 31));
      assertThat(i.responsible().fanOut()).isTrue();
      assertThat(i.expectedResult()).isEqualTo("Приказ");
      assertThat(i.indicators()).containsExactly(new Indicator(2026, 60));
      assertThat(i.row()).isEqualTo(2);
    });
    assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(1);
      assertThat(w.message()).isEqualTo("Столбец «Примечание» не распознан; его содержимое не импортируется");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "№|Мероприятие|Срок|Ответственный|Ожидаемый результат",
      "№ п/п|Наименование мероприятий|Сроки реализации|Ответственные|Результат. Вид документа",
      "NN п/п|Наименование этапа|Срок реализации|Ответственный исполнитель|Планируемый результат",
      "№пп|Содержание деятельности и примерный план мероприятий|Срок исполнения|Ответственный|Ожидаемый результат/вид документа",
      "№ п/п|Мероприятие|Сроки|Ответственный исполнитель|Вид документа"})
  void everyHeaderNameOfTheFormatIsRecognized(String number, String title, String deadline, String responsible, String result) {
    ParsedRoadmap roadmap = parse(row(number, title, deadline, responsible, result),
        row("1.1.", "Разработка положения", "до 1 марта 2026", "Департамент образования", "Положение"));
    assertThat(roadmap.items()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo("1.1.");
      assertThat(i.title()).isEqualTo("Разработка положения");
      assertThat(i.deadline().dueDates()).containsExactly(LocalDate.of(2026, 3, 1));
      assertThat(i.responsible().bodies()).containsExactly(ResponsibleBody.DEPARTMENT);
      assertThat(i.expectedResult()).isEqualTo("Положение");
    });
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void repeatedHeadersAndTheRowOfColumnNumbersAreSkipped() {
    ParsedRoadmap roadmap = parse(HEADER, row("1", "2", "3", "4", "5"),
        row("1.", "Подготовка", "", "", ""),
        row("1.1.", "Первое", "март 2026", "ОО", "Приказ"),
        "", HEADER, "1 2 3 4 5",
        row("1.2.", "Второе", "апрель 2026", "ОО", "Приказ"));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.", "1.2.");
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void sectionRowsWithArabicOrRomanNumbersAndMarkup() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("<b>I. Нормативное регулирование</b>", "", "", "", ""),
        row("1.1", "Первое", "март 2026", "ОО", ""),
        row("II", "Поддержка", "", "", ""),
        row("2.1", "Второе", "март 2026", "ОО", ""),
        "### III. Мониторинг",
        row("3.1", "Третье", "март 2026", "ОО", ""),
        row("4.", "**Итоги**", "", "", ""),
        row("4.1", "Четвёртое", "март 2026", "ОО", ""));
    assertThat(roadmap.sections()).containsExactly(new ParsedSection("I.", "Нормативное регулирование"),
        new ParsedSection("II", "Поддержка"), new ParsedSection("III.", "Мониторинг"), new ParsedSection("4.", "Итоги"));
    assertThat(roadmap.items()).extracting(ParsedItem::section).containsExactly("I.", "II", "III.", "4.");
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void aContinuationRowJoinsEveryCellToThePreviousItem() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("1.1.", "Разработка положения о", "В течение всего", "Департамент образования,", "Положение о"),
        "", HEADER,
        row("", "наставничестве", "периода", "ОО", "наставничестве"));
    assertThat(roadmap.items()).singleElement().satisfies(i -> {
      assertThat(i.title()).isEqualTo("Разработка положения о наставничестве");
      assertThat(i.deadline().kind()).isEqualTo(DeadlineKind.CONTINUOUS);
      assertThat(i.responsible().text()).isEqualTo("Департамент образования, ОО");
      assertThat(i.responsible().fanOut()).isTrue();
      assertThat(i.expectedResult()).isEqualTo("Положение о наставничестве");
    });
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void aRowWithoutANumberAndNothingToContinueIsAWarning() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("", "Сирота без номера", "март 2026", "ОО", ""),
        row("1.1.", "Первое", "март 2026", "ОО", ""));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.");
    assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(2);
      assertThat(w.message()).startsWith("Строка без номера не относится ни к одному мероприятию").contains("Сирота без номера");
    });
  }

  @Test
  void textBelowTheTableIsAWarningNotSilentlyDropped() {
    ParsedRoadmap roadmap = parse("Дорожная карта на 2026 год", "", HEADER,
        row("1.1.", "Первое", "март 2026", "ОО", ""), "", "Начальник отдела образования Н.А. Голова");
    assertThat(roadmap.title()).isEqualTo("Дорожная карта на 2026 год");
    assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(6);
      assertThat(w.message()).isEqualTo("Текст вне строк таблицы не импортирован: «Начальник отдела образования Н.А. Голова»");
    });
  }

  @Test
  void extraCellsBeyondTheHeaderAreReported() {
    ParsedRoadmap roadmap = parse(HEADER, row("1.1.", "Первое", "март 2026", "ОО", "Приказ", "лишнее"));
    assertThat(roadmap.items()).hasSize(1);
    assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(2);
      assertThat(w.message()).contains("«лишнее»").contains("не импортирован");
    });
  }

  @Test
  void withoutTextAboveTheTableTheTitleIsTheFileName() {
    ParsedRoadmap roadmap = parseNamed("Дорожная карта школы №5.txt", HEADER, row("1", "Первое", "март 2026", "ОО", ""));
    assertThat(roadmap.title()).isEqualTo("Дорожная карта школы №5.txt");
  }

  @Test
  void skippedAndOutOfOrderNumbersAreKeptAndWarned() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("1.", "Первый раздел", "", "", ""),
        row("1.1.", "А", "март 2026", "ОО", ""),
        row("1.3.", "Б", "март 2026", "ОО", ""),
        row("1.2.", "В", "март 2026", "ОО", ""),
        row("1.3.", "Г", "март 2026", "ОО", ""),
        row("2.1.", "Д", "март 2026", "ОО", ""));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.", "1.3.", "1.2.", "1.3.", "2.1.");
    assertThat(roadmap.warnings()).extracting(ParseWarning::row).containsExactly(4, 5, 6, 7);
    assertThat(roadmap.warnings().get(0).message()).contains("пропущен номер пункта 1.2");
    assertThat(roadmap.warnings().get(1).message()).contains("идёт не по порядку");
    assertThat(roadmap.warnings().get(2).message()).contains("повторяется").contains("строке 4");
    assertThat(roadmap.warnings().get(3).message()).isEqualTo("Номер «2.1.» не соответствует разделу «1.»");
  }

  @Test
  void severalNumberedSubItemsInOneTitleCellBecomeSeveralItems() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("1.", "1.1. Изучение документов. 1.2. Подготовка приказа согласно п. 2.3 Положения.", "Сентябрь", "ОО", "Приказ"));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.", "1.2.");
    assertThat(roadmap.items().get(1).title()).isEqualTo("Подготовка приказа согласно п. 2.3 Положения.");
    assertThat(roadmap.items()).allSatisfy(i -> assertThat(i.deadline().dueDates()).containsExactly(LocalDate.of(2026, 9, 30)));
    assertThat(roadmap.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(2);
      assertThat(w.message()).isEqualTo("Строка «1.» содержит пункты 1.1. … 1.2.: они импортированы как отдельные мероприятия");
    });
  }

  @Test
  void whatAPersonMustSettleIsAWarningNamingTheRowAndTheItem() {
    ParsedRoadmap roadmap = parse(HEADER,
        row("1.1.", "Неизвестный срок", "когда получится", "ОО", ""),
        row("1.2.", "Несуществующая дата", "31.02.2026", "ОО", ""),
        row("1.3.", "Никто", "март 2026", "Иванов И.И.", ""),
        row("1.4.", "", "март 2026", "ОО", ""),
        row("1.5.", "Без срока", "", "ОО", ""),
        row("а)", "Странный номер", "март 2026", "ОО", ""));
    assertThat(roadmap.items()).hasSize(6);
    assertThat(roadmap.items().get(1).deadline().kind()).isEqualTo(DeadlineKind.UNKNOWN);
    assertThat(roadmap.items().get(5).number()).isEqualTo("а)");
    assertThat(roadmap.warnings()).extracting(ParseWarning::row, ParseWarning::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, "Мероприятие 1.1.: срок «когда получится» не распознан — укажите дату вручную"),
        org.assertj.core.groups.Tuple.tuple(3, "Мероприятие 1.2.: в сроке «31.02.2026» указана несуществующая дата — укажите дату вручную"),
        org.assertj.core.groups.Tuple.tuple(4, "Мероприятие 1.3.: ответственный «Иванов И.И.» не сопоставлен ни с органом "
            + "управления образованием, ни с методическим центром, ни с образовательными организациями — уточните исполнителя"),
        org.assertj.core.groups.Tuple.tuple(5, "Мероприятие 1.4.: не указано наименование"),
        org.assertj.core.groups.Tuple.tuple(6, "Мероприятие 1.5.: срок не указан — укажите дату вручную"),
        org.assertj.core.groups.Tuple.tuple(7, "Номер «а)» не распознан; сохранён как в документе"));
  }

  @Test
  void anIndicatorReadOnlyInPartIsAWarning() {
    ParsedRoadmap roadmap = parse(row("№", "Мероприятие", "Показатель реализации", "Сроки", "Ответственные"),
        row("1.1", "Мониторинг", "2026 г. – 1; 2027 г.", "май ежегодно", "ЦРО"));
    assertThat(roadmap.items().get(0).indicators()).containsExactly(new Indicator(2026, 1));
    assertThat(roadmap.warnings()).singleElement().satisfies(w ->
        assertThat(w.message()).isEqualTo("Мероприятие 1.1: в показателе «2026 г. – 1; 2027 г.» не распознано «2027 г» "
            + "(ожидается вид «2026 г. – 60; 2027 г. – 60»)"));
  }

  @Test
  void anIndicatorThatCannotBeReadIsAWarning() {
    ParsedRoadmap roadmap = parse(row("№", "Мероприятие", "Показатель реализации", "Сроки", "Ответственные"),
        row("1.1", "Мониторинг", "все организации", "май ежегодно", "ЦРО"));
    assertThat(roadmap.items().get(0).indicators()).isEmpty();
    assertThat(roadmap.warnings()).singleElement().satisfies(w ->
        assertThat(w.message()).isEqualTo("Мероприятие 1.1: показатель «все организации» не распознан (ожидается вид «2026 г. – 60; 2027 г. – 60»)"));
  }
}
