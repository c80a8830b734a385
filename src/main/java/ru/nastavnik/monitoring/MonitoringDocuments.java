package ru.nastavnik.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The documents of a monitoring report: «Аналитическая справка» as Word (DOCX) and the figures
 * as an Excel workbook (XLSX), in Russian, with the organization, the period and the date.
 */
public final class MonitoringDocuments {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("ru"));
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("ru"));

  private MonitoringDocuments() {}

  /** A titled text of the report (comments, difficulties, conclusions). */
  public record Section(String title, String text) {}

  /**
   * What a document shows.
   *
   * @param organizations per-organization figures of a municipal report; empty for an organization's own report
   * @param notReported organizations that had not reported when the document was made
   */
  public record Content(Long reportId, String title, String organization, String municipality, String period, Instant asOf,
      ZoneId zone, String status, Figures total, List<Figures> organizations, List<Section> texts, List<String> notReported) {}

  static String date(Instant at, ZoneId zone) {
    return DATE.format(at.atZone(zone));
  }

  static String dateTime(Instant at, ZoneId zone) {
    return DATE_TIME.format(at.atZone(zone));
  }

  /** «Аналитическая справка» as a Word document. */
  public static byte[] docx(Content content) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(doc, "Аналитическая справка", true, 16, ParagraphAlignment.CENTER);
      paragraph(doc, content.title(), true, 12, ParagraphAlignment.CENTER);
      paragraph(doc, content.organization(), false, 12, ParagraphAlignment.CENTER);
      paragraph(doc, "Период: " + content.period() + ". Данные на " + date(content.asOf(), content.zone())
          + ". Статус: " + content.status().toLowerCase(Locale.forLanguageTag("ru")) + ".", false, 11, ParagraphAlignment.LEFT);
      paragraph(doc, "Показатели", true, 12, ParagraphAlignment.LEFT);
      List<Figures.Line> lines = content.total().lines();
      XWPFTable table = doc.createTable(lines.size() + 1, 2);
      cell(table.getRow(0), 0, "Показатель", true);
      cell(table.getRow(0), 1, "Значение", true);
      for (int i = 0; i < lines.size(); i++) {
        cell(table.getRow(i + 1), 0, lines.get(i).label(), false);
        cell(table.getRow(i + 1), 1, lines.get(i).value(), false);
      }
      if (!content.organizations().isEmpty()) {
        paragraph(doc, "По организациям", true, 12, ParagraphAlignment.LEFT);
        List<String> headers = List.of("Организация", "Наставников", "Наставляемых", "Действующих пар",
            "Молодых специалистов с наставником", "Встреч проведено", "Удовлетворённость", "Дорожная карта: исполнено / просрочено");
        XWPFTable byOrg = doc.createTable(content.organizations().size() + 1, headers.size());
        for (int c = 0; c < headers.size(); c++) {
          cell(byOrg.getRow(0), c, headers.get(c), true);
        }
        int r = 1;
        for (Figures f : content.organizations()) {
          List<String> values = organizationRow(f);
          for (int c = 0; c < values.size(); c++) {
            cell(byOrg.getRow(r), c, values.get(c), false);
          }
          r++;
        }
      }
      if (!content.notReported().isEmpty()) {
        paragraph(doc, "Не представили отчёты: " + String.join(", ", content.notReported()) + ".", false, 11, ParagraphAlignment.LEFT);
      }
      for (Section section : content.texts()) {
        paragraph(doc, section.title(), true, 12, ParagraphAlignment.LEFT);
        for (String part : section.text().split("\\R")) {
          paragraph(doc, part, false, 11, ParagraphAlignment.BOTH);
        }
      }
      paragraph(doc, "Дата составления: " + date(content.asOf(), content.zone()), false, 11, ParagraphAlignment.RIGHT);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures as an Excel workbook: the summary sheet and, for a municipality, a sheet per organization row. */
  public static byte[] xlsx(Content content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      Sheet summary = workbook.createSheet("Показатели");
      text(summary, 0, 0, content.title(), header);
      text(summary, 1, 0, content.organization(), null);
      text(summary, 2, 0, "Период: " + content.period() + "; данные на " + date(content.asOf(), content.zone()), null);
      text(summary, 4, 0, "Показатель", header);
      text(summary, 4, 1, "Значение", header);
      int r = 5;
      for (Figures.Line line : content.total().lines()) {
        text(summary, r, 0, line.label(), null);
        text(summary, r, 1, line.value(), null);
        r++;
      }
      summary.setColumnWidth(0, 70 * 256);
      summary.setColumnWidth(1, 24 * 256);
      if (!content.organizations().isEmpty()) {
        Sheet byOrg = workbook.createSheet("По организациям");
        List<String> headers = numericHeaders();
        for (int c = 0; c < headers.size(); c++) {
          text(byOrg, 0, c, headers.get(c), header);
          byOrg.setColumnWidth(c, (c == 0 ? 40 : 16) * 256);
        }
        int row = 1;
        for (Figures f : content.organizations()) {
          numericRow(byOrg.createRow(row++), f);
        }
        numericRow(byOrg.createRow(row), content.total());
        byOrg.createFreezePane(1, 1);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> numericHeaders() {
    return List.of("Организация", "Наставников в банке", "Наставляемых в банке", "Действующих пар", "Завершили программу",
        "Завершены досрочно", "Молодых специалистов", "Из них с наставником", "Запросов без наставника",
        "Ожидание, дней (наибольшее)", "Встреч запланировано", "Встреч проведено", "Отзывов ожидалось", "Отзывов получено",
        "Средняя удовлетворённость", "Средний прирост", "Мероприятий ДК со сроком", "Исполнено", "Не исполнено в срок",
        "Показатели: план", "Показатели: факт");
  }

  private static void numericRow(Row row, Figures f) {
    List<Object> values = new ArrayList<>(List.of(f.organizationId() == null ? "Итого: " + f.organization() : f.organization(),
        f.mentorsInBank(), f.menteesInBank(), f.activePairs(), f.completedPairs(), f.endedEarlyPairs(), f.youngSpecialists(),
        f.youngWithMentor(), f.requestsWithoutMentor(), f.waitingDaysMax(), f.meetingsPlanned(), f.meetingsHeld(),
        f.feedbackDue(), f.feedbackGiven()));
    values.add(f.averageSatisfaction());
    values.add(f.averageGrowth());
    values.addAll(List.of(f.roadmapDue(), f.roadmapDone(), f.roadmapOverdue(), f.indicatorPlan(), f.indicatorFact()));
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      Cell cell = row.createCell(c);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
    }
  }

  private static List<String> organizationRow(Figures f) {
    return List.of(f.organization(), String.valueOf(f.mentorsInBank()), String.valueOf(f.menteesInBank()),
        String.valueOf(f.activePairs()),
        f.youngWithMentor() + " из " + f.youngSpecialists(), f.meetingsHeld() + " из " + f.meetingsPlanned(),
        f.averageSatisfaction() == null ? "—" : f.averageSatisfaction().toPlainString().replace('.', ','),
        f.roadmapDone() + " / " + f.roadmapOverdue());
  }

  private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(alignment);
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("Times New Roman");
    run.setText(text);
  }

  private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
    XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setText(text);
  }
}
