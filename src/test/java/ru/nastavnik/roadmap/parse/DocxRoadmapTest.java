package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents built here with POI: merged cells, several paragraphs in a cell, stages, list numbering. */
class DocxRoadmapTest {

  private static final LocalDate FROM = LocalDate.of(2026, 8, 1);
  private static final LocalDate TO = LocalDate.of(2027, 7, 31);

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setText(text);
    run.setBold(bold);
  }

  /** Fills a row, creating cells as needed; {@code "\n"} inside a value starts a new paragraph of the cell. */
  private static void fill(XWPFTableRow row, String... values) {
    for (int i = 0; i < values.length; i++) {
      XWPFTableCell cell = row.getCell(i) != null ? row.getCell(i) : row.addNewTableCell();
      String[] paragraphs = values[i].split("\n");
      cell.setText(paragraphs[0]);
      for (int p = 1; p < paragraphs.length; p++) {
        cell.addParagraph().createRun().setText(paragraphs[p]);
      }
    }
  }

  private static void mergeWholeRow(XWPFTableRow row, String text, int columns) {
    while (row.getTableCells().size() > 1) {
      row.removeCell(row.getTableCells().size() - 1);
    }
    XWPFTableCell cell = row.getCell(0);
    cell.setText(text);
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
  }

  private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewVMerge().setVal(how);
  }

  private static ParsedRoadmap parse(String name, byte[] content) {
    return new RoadmapParser().parse(name, content, FROM, TO);
  }

  @Test
  void aMunicipalTableWithMergedSectionsRepeatedHeaderAndMultiParagraphCells() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "Приложение к приказу", false);
    paragraph(doc, "", false);
    paragraph(doc, "План мероприятий (дорожная карта)", true);
    paragraph(doc, "по внедрению целевой модели наставничества", true);
    paragraph(doc, "", false);
    XWPFTable table = doc.createTable(7, 5);
    fill(table.getRow(0), "№ п/п", "Наименование мероприятий", "Сроки", "Ответственный исполнитель", "Ожидаемый результат");
    table.getRow(0).setRepeatHeader(true);
    mergeWholeRow(table.getRow(1), "I. Нормативное обеспечение", 5);
    fill(table.getRow(2), "1.1.", "Разработка положения\nо наставничестве", "до 1 октября 2026",
        "Департамент образования,\nЦРО", "Положение");
    fill(table.getRow(3), "№ п/п", "Наименование мероприятий", "Сроки", "Ответственный исполнитель", "Ожидаемый результат");
    fill(table.getRow(4), "1.2.", "Формирование банка наставников", "Сентябрь", "ОО", "База наставников");
    mergeWholeRow(table.getRow(5), "Мониторинг", 5);
    fill(table.getRow(6), "2.1", "Мониторинг программ", "ежеквартально", "ЦРО", "Справка");
    paragraph(doc, "Начальник управления образования", false);

    ParsedRoadmap roadmap = parse("карта.docx", bytes(doc));

    assertThat(roadmap.title()).isEqualTo("План мероприятий (дорожная карта) по внедрению целевой модели наставничества");
    assertThat(roadmap.sections()).containsExactly(new ParsedSection("I.", "Нормативное обеспечение"),
        new ParsedSection(null, "Мониторинг"));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.", "1.2.", "2.1");
    assertThat(roadmap.items()).extracting(ParsedItem::row).containsExactly(3, 5, 7);
    assertThat(roadmap.items()).extracting(ParsedItem::section).containsExactly("I.", "I.", "Мониторинг");
    ParsedItem statute = roadmap.items().get(0);
    assertThat(statute.title()).isEqualTo("Разработка положения о наставничестве");
    assertThat(statute.responsible().text()).isEqualTo("Департамент образования, ЦРО");
    assertThat(statute.responsible().bodies())
        .containsExactly(ResponsibleBody.DEPARTMENT, ResponsibleBody.METHODICAL_CENTER);
    assertThat(statute.deadline().dueDates()).containsExactly(LocalDate.of(2026, 10, 1));
    ParsedItem bank = roadmap.items().get(1);
    assertThat(bank.deadline().dueDates()).containsExactly(LocalDate.of(2026, 9, 30));
    assertThat(bank.responsible().fanOut()).isTrue();
    assertThat(roadmap.items().get(2).deadline().dueDates())
        .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 6, 30));
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void aSchoolStageTableWithVerticallyMergedStagesSplitsSubItems() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    paragraph(doc, "Дорожная карта МБОУ «СОШ № 1»", true);
    XWPFTable table = doc.createTable(4, 6);
    fill(table.getRow(0), "№", "Наименование этапа", "Содержание деятельности и примерный план мероприятий", "Сроки",
        "Ответственный", "Планируемый результат");
    fill(table.getRow(1), "1.", "Подготовка условий", "1.1. Изучение нормативной документации.", "Август",
        "Администрация", "");
    vMerge(table.getRow(1).getCell(0), STMerge.RESTART);
    vMerge(table.getRow(1).getCell(1), STMerge.RESTART);
    // Word keeps no text in continued cells; some converters repeat it. Either way it is the same stage.
    fill(table.getRow(2), "1.", "Подготовка условий", "1.2. Подготовка приказов.", "Август–октябрь",
        "Директор", "Приказы");
    vMerge(table.getRow(2).getCell(0), STMerge.CONTINUE);
    vMerge(table.getRow(2).getCell(1), STMerge.CONTINUE);
    fill(table.getRow(3), "2.", "Формирование банка наставляемых",
        "2.1. Сбор информации о запросах педагогов.\n2.2. Формирование банка данных наставляемых.", "Сентябрь",
        "Куратор реализации программ наставничества", "Банк наставляемых");

    ParsedRoadmap roadmap = parse("школа.docx", bytes(doc));

    assertThat(roadmap.title()).isEqualTo("Дорожная карта МБОУ «СОШ № 1»");
    assertThat(roadmap.sections()).containsExactly(new ParsedSection("1.", "Подготовка условий"),
        new ParsedSection("2.", "Формирование банка наставляемых"));
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("1.1.", "1.2.", "2.1.", "2.2.");
    assertThat(roadmap.items()).extracting(ParsedItem::section).containsExactly("1.", "1.", "2.", "2.");
    assertThat(roadmap.items().get(1).deadline().start()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(roadmap.items().get(1).deadline().dueDates()).containsExactly(LocalDate.of(2026, 10, 31));
    ParsedItem requests = roadmap.items().get(2);
    ParsedItem mentees = roadmap.items().get(3);
    assertThat(requests.title()).isEqualTo("Сбор информации о запросах педагогов.");
    assertThat(mentees.title()).isEqualTo("Формирование банка данных наставляемых.");
    assertThat(mentees.row()).isEqualTo(4).isEqualTo(requests.row());
    assertThat(mentees.deadline()).isEqualTo(requests.deadline());
    assertThat(roadmap.items()).allSatisfy(i -> {
      assertThat(i.responsible().bodies()).containsExactly(ResponsibleBody.ORGANIZATIONS);
      assertThat(i.responsible().fanOut()).isFalse();
    });
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void automaticListNumbersOfWordAreWrittenOut() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ZERO);
    String[] texts = {"%1.", "%1.%2."};
    for (int level = 0; level < texts.length; level++) {
      CTLvl lvl = abstractNum.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(level == 0 ? STNumberFormat.UPPER_ROMAN : STNumberFormat.DECIMAL);
      lvl.addNewLvlText().setVal(texts[level]);
    }
    BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));

    XWPFTable table = doc.createTable(6, 4);
    fill(table.getRow(0), "№ п/п", "Мероприятие", "Срок", "Ответственный");
    String[][] rows = {
        {"0", "Организация", "", ""},
        {"1", "Назначить куратора", "Сентябрь", "Руководители ОО"},
        {"1", "Утвердить положение", "Октябрь", "Руководители ОО"},
        {"0", "Мониторинг", "", ""},
        {"1", "Провести мониторинг", "Май-июнь", "ЦРО"}};
    for (int r = 0; r < rows.length; r++) {
      XWPFTableRow row = table.getRow(r + 1);
      fill(row, "", rows[r][1], rows[r][2], rows[r][3]);
      XWPFParagraph number = row.getCell(0).getParagraphs().get(0);
      number.setNumID(numId);
      number.setNumILvl(new BigInteger(rows[r][0]));
    }

    ParsedRoadmap roadmap = parse("нумерация.docx", bytes(doc));

    assertThat(roadmap.sections()).extracting(ParsedSection::number).containsExactly("I.", "II.");
    assertThat(roadmap.items()).extracting(ParsedItem::number).containsExactly("I.1.", "I.2.", "II.1.");
    assertThat(roadmap.items()).extracting(ParsedItem::section).containsExactly("I.", "I.", "II.");
    assertThat(roadmap.title()).isEqualTo("нумерация.docx");
    assertThat(roadmap.warnings()).isEmpty();
  }

  @Test
  void aTableAfterTheRoadmapWithOtherColumnsIsReportedNotImported() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable roadmapTable = doc.createTable(2, 4);
    fill(roadmapTable.getRow(0), "№", "Мероприятие", "Срок", "Ответственный");
    fill(roadmapTable.getRow(1), "1", "Назначить куратора", "Сентябрь", "ОО");
    paragraph(doc, "Лист согласования", false);
    XWPFTable approvals = doc.createTable(2, 2);
    fill(approvals.getRow(0), "Должность", "Подпись");

    ParsedRoadmap roadmap = parse("карта.docx", bytes(doc));

    assertThat(roadmap.items()).extracting(ParsedItem::title).containsExactly("Назначить куратора");
    assertThat(roadmap.warnings()).extracting(ParseWarning::row).containsExactly(2, 3);
    assertThat(roadmap.warnings().get(0).message()).isEqualTo("Текст вне строк таблицы не импортирован: «Лист согласования»");
    assertThat(roadmap.warnings().get(1).message()).startsWith("Таблица в строках 3–4 не похожа на продолжение дорожной карты");
  }

  @Test
  void aWordDocumentIsRecognizedByItsContentWhateverItsName() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(2, 4);
    fill(table.getRow(0), "№", "Мероприятие", "Срок", "Ответственный");
    fill(table.getRow(1), "1", "Назначить куратора", "Сентябрь", "ОО");
    byte[] content = bytes(doc);
    List<String> names = List.of("карта.txt", "карта", "карта.doc");
    for (String name : names) {
      assertThat(parse(name, content).items()).hasSize(1);
    }
  }
}
