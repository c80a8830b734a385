package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.DocumentChecks.assertOfficialLayout;
import static ru.nastavnik.documents.DocumentChecks.assertSignature;
import static ru.nastavnik.documents.DocumentChecks.open;
import static ru.nastavnik.documents.DocumentChecks.paragraphs;
import static ru.nastavnik.documents.DocumentChecks.text;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.documents.OfficialXlsx;

/** The monitoring documents built from given figures and opened with Apache POI. */
class MonitoringDocumentsTest {

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final Instant AS_OF = Instant.parse("2026-12-15T10:00:00Z");

  private static Figures figures(Long id, String name, int mentors, int young, int withMentor, int ratings, long ratingSum) {
    return new Figures(id, name, mentors, 3, 2, 1, 0, young, withMentor, 1, 12, 12, 10, 8, 8, 6, ratingSum, ratings, 6, 3,
        5, 4, 1, 2, 1);
  }

  private static MonitoringDocuments.Content school(boolean filed, MonitoringDocuments.Previous previous) {
    Figures total = figures(3L, "СОШ № 1", 4, 3, 2, 6, 51);
    return new MonitoringDocuments.Content(7L, ReportKind.ORGANIZATION, "МБОУ «Средняя общеобразовательная школа № 1»",
        "Город Ханты-Мансийск", "г. Ханты-Мансийск", "2026/2027 учебный год", AS_OF, KHM, filed ? "Представлен" : "Запрошен",
        filed, total, previous, List.of(), List.of(), 0,
        new MonitoringDocuments.Texts(filed ? "Наставничество охватило всех молодых педагогов" : null,
            filed ? "Нехватка времени у наставников" : null, null, null),
        null, 2026, new OfficialDocx.Signer("Директор", "Кузнецов Андрей Павлович"),
        new OfficialDocx.Executor("Морозова Елена Сергеевна", "e-mail: curator1@demo.nastavnik.local"));
  }

  @Test
  void theSchoolsSpravkaHasTheRequisitesSectionsComparisonChartAndSignature() throws Exception {
    Figures lastYear = figures(3L, "СОШ № 1", 2, 3, 1, 4, 30);
    byte[] docx = MonitoringDocuments.docx(school(true, new MonitoringDocuments.Previous("2025/2026 учебный год", lastYear,
        "Показатели 2025/2026 учебного года — из отчёта за тот год.")));

    try (XWPFDocument doc = open(docx, "spravka-school.docx")) {
      assertOfficialLayout(doc);
      List<String> paragraphs = paragraphs(doc);
      assertThat(paragraphs.get(0)).isEqualTo("МБОУ «Средняя общеобразовательная школа № 1»");
      assertThat(paragraphs.get(1)).isEqualTo("АНАЛИТИЧЕСКАЯ СПРАВКА");
      assertThat(paragraphs).contains("г. Ханты-Мансийск", "1. Общие сведения", "2. Показатели",
          "3. Как реализуется наставничество (сведения куратора)", "3.1. Ход работы", "3.2. Затруднения",
          "3.3. Планы на следующий период", "4. Предложения", "Куратор не указал планов.",
          "Морозова Елена Сергеевна", "e-mail: curator1@demo.nastavnik.local");
      String text = text(doc);
      assertThat(text).contains("15.12.2026\t№ ________", "Период: 2026/2027 учебный год; данные на 15.12.2026",
          "Нехватка времени у наставников");
      // the figures beside last year's, with the change
      XWPFTable figures = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Показатель"))
          .findFirst().orElseThrow();
      assertThat(figures.getRow(0).getCell(2).getText()).isEqualTo("2026/2027 уч. год");
      assertThat(figures.getRow(0).getCell(3).getText()).isEqualTo("2025/2026 уч. год");
      assertThat(figures.getRow(1).getTableCells()).extracting(c -> c.getText())
          .containsExactly("1.", "Наставников в банке наставников", "4", "2", "+2");
      assertThat(figures.getRow(8).getTableCells()).extracting(c -> c.getText())
          .containsExactly("8.", "Охват молодых специалистов наставничеством, %", "67", "33", "+34 п. п.");
      assertThat(figures.getRow(18).getTableCells()).extracting(c -> c.getText())
          .containsExactly("18.", "Средняя удовлетворённость встречами (1–10)", "8,5", "7,5", "+1,0");
      // proposals follow from the figures
      assertThat(text).contains("Закрепить наставников за молодыми специалистами, у которых их нет: 1 из 3",
          "Исполнить мероприятия дорожной карты, не исполненные в срок: 1 из 5.");
      assertSignature(doc, "Директор", "А. П. Кузнецов");
      // the chart, a real PNG
      List<XWPFPictureData> pictures = doc.getAllPictures();
      assertThat(pictures).hasSize(1);
      assertThat(pictures.get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
      var image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
      assertThat(image.getWidth()).isEqualTo(MonitoringChart.WIDTH * 2);
      assertThat(text).contains("Рисунок 1 – Основные показатели: 2026/2027 уч. год и 2025/2026 уч. год");
    }
  }

  @Test
  void emptySectionsSayWhyInsteadOfVanishing() throws Exception {
    try (XWPFDocument doc = open(MonitoringDocuments.docx(school(false, null)), "spravka-school-requested.docx")) {
      List<String> paragraphs = paragraphs(doc);
      assertThat(paragraphs.stream().filter(p -> p.equals("Отчёт ещё не представлен: раздел заполняется при его представлении.")))
          .hasSize(3);
      assertThat(paragraphs).contains("Показателей прошлого учебного года нет.");
      assertThat(text(doc)).contains("Прошлый год");
    }
  }

  @Test
  void theMunicipalReportListsEveryOrganizationTheMissingOnesAndTheRoadmap() throws Exception {
    Figures a = figures(3L, "Школа А", 1, 2, 1, 2, 18);
    Figures b = figures(4L, "Школа Б", 0, 1, 0, 0, 0);
    Figures total = Figures.empty(null, "Город мониторинга").plus(a, null, "Город мониторинга").plus(b, null, "Город мониторинга");
    DashboardService.RoadmapYear roadmap = new DashboardService.RoadmapYear(
        List.of(new DashboardService.SectionProgress(1L, "Дорожная карта", "1.", "Организационные мероприятия", 3, 1, 2, 6)),
        List.of(new DashboardService.IndicatorProgress(2026, 1L, 2L, "1.2.", "Обучение наставников", 20, 18, 90, "RECORDED_VALUES")));
    MonitoringDocuments.Content content = new MonitoringDocuments.Content(9L, ReportKind.MUNICIPAL,
        "Центр развития образования", "Город мониторинга", "г. мониторинга", "2026/2027 учебный год", AS_OF, KHM, "Направлен",
        true, total, null, List.of(a, b), List.of("Школа Б"), 2,
        new MonitoringDocuments.Texts(null, null, null, "Охват наставничеством растёт"), roadmap, 2026,
        new OfficialDocx.Signer("Методист, муниципальный координатор", "Соколова Ирина Викторовна"),
        new OfficialDocx.Executor("Соколова Ирина Викторовна", "e-mail: coordinator@demo.nastavnik.local"));

    try (XWPFDocument doc = open(MonitoringDocuments.docx(content), "analytic-report-municipal.docx")) {
      assertOfficialLayout(doc);
      List<String> paragraphs = paragraphs(doc);
      assertThat(paragraphs.get(1)).isEqualTo("АНАЛИТИЧЕСКИЙ ОТЧЁТ");
      assertThat(paragraphs).contains("3. Организации, не представившие отчёт", "Не представили отчёты: Школа Б.",
          "4. Исполнение дорожной карты в 2026 году", "5. Выводы и предложения координатора", "Охват наставничеством растёт",
          "6. Предложения");
      assertSignature(doc, "Методист, муниципальный координатор", "И. В. Соколова");
      String text = text(doc);
      assertThat(text).contains("1. Организационные мероприятия\t3\t1\t2\t6", "1.2.\tОбучение наставников\t20\t18\t90%",
          "отчёт запрошен у 2, представили 1, не представили 1");
      // the appendix: one row per organization and the total, on a landscape page
      XWPFTable byOrganization = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(byOrganization.getRow(0).getCell(0).getText()).isEqualTo("Организация");
      assertThat(byOrganization.getRows()).extracting(r -> r.getCell(0).getText())
          .containsExactly("Организация", "Школа А", "Школа Б", "Итого: Город мониторинга");
      assertThat(byOrganization.getRow(3).getCell(1).getText()).isEqualTo("1 / 6");
      assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
    }

    byte[] xlsx = MonitoringWorkbook.xlsx(content);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "figures-municipal.xlsx"), xlsx);
      XSSFSheet summary = workbook.getSheet("Показатели");
      Row header = summary.getRow(OfficialXlsx.HEADER_ROW);
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("2026/2027 уч. год");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      Row mentors = summary.getRow(OfficialXlsx.HEADER_ROW + 1);
      assertThat(mentors.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(mentors.getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).startsWith("A4:");
      assertThat(summary.getPrintSetup().getLandscape()).isTrue();
      assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);

      Sheet byOrganization = workbook.getSheet("По организациям");
      Row totals = byOrganization.getRow(byOrganization.getLastRowNum());
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого: Город мониторинга");
      Cell mentorsTotal = totals.getCell(1);
      assertThat(mentorsTotal.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(mentorsTotal.getCellFormula()).isEqualTo("SUM(B5:B6)");
      assertThat(mentorsTotal.getNumericCellValue()).isEqualTo(1.0);
      assertThat(totals.getCell(14).getCellType()).isEqualTo(CellType.NUMERIC); // the average, not a sum of averages
      assertThat(workbook.getSheet("Дорожная карта").getRow(OfficialXlsx.HEADER_ROW + 1).getCell(2).getNumericCellValue())
          .isEqualTo(3.0);
      assertThat(workbook.getSheet("Показатели ДК").getRow(OfficialXlsx.HEADER_ROW + 1).getCell(3).getNumericCellValue())
          .isEqualTo(18.0);
    }
  }
}
