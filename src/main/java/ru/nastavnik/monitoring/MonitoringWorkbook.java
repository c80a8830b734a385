package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.MonitoringDocuments.FIGURES;
import static ru.nastavnik.monitoring.MonitoringDocuments.date;
import static ru.nastavnik.monitoring.MonitoringDocuments.difference;
import static ru.nastavnik.monitoring.MonitoringDocuments.shortPeriod;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.documents.OfficialXlsx;
import ru.nastavnik.documents.OfficialXlsx.Column;

/**
 * The figures of a monitoring report as an Excel workbook, the companion of the Word documents of
 * {@link MonitoringDocuments}: the report's figures beside the previous year's, for a municipality
 * every organization's with the totals, and the roadmap by section and by indicator.
 */
public final class MonitoringWorkbook {

  private MonitoringWorkbook() {}

  /**
   * The figures as an Excel workbook: the report's figures beside the previous year's and, for a
   * municipality, every organization's with the totals, and the roadmap by section and indicator.
   */
  public static byte[] xlsx(MonitoringDocuments.Content c) {
    try (OfficialXlsx workbook = new OfficialXlsx()) {
      String asOf = date(c.asOf(), c.zone());
      OfficialXlsx.Table summary = workbook.table("Показатели",
          c.title() + " за " + c.period() + " (данные на " + asOf + ")", c.organization(),
          List.of(Column.integer("№"), Column.text("Показатель"), Column.number(shortPeriod(c.period())),
              Column.number(c.previous() == null ? "Прошлый год" : shortPeriod(c.previous().period())),
              Column.number("Изменение")), 2);
      Figures previous = c.previous() == null ? null : c.previous().total();
      int n = 1;
      for (MonitoringDocuments.Figure figure : FIGURES) {
        Number now = figure.value().apply(c.total());
        Number before = previous == null ? null : figure.value().apply(previous);
        summary.row(java.util.Arrays.asList(n++, figure.label(), now, before, difference(now, before)));
      }
      if (!c.organizations().isEmpty()) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("Организация")));
        for (String header : numericHeaders()) {
          columns.add(header.startsWith("Средн") ? Column.decimal(header) : Column.integer(header));
        }
        OfficialXlsx.Table byOrganization = workbook.table("По организациям",
            c.title() + ": показатели по организациям за " + c.period() + " (данные на " + asOf + ")", c.organization(),
            columns, 1);
        for (Figures f : c.organizations()) {
          byOrganization.row(numericRow(f, f.organization()));
        }
        List<Object> totals = new ArrayList<>(numericRow(c.total(), "Итого: " + c.total().organization()));
        for (int i = 1; i < totals.size(); i++) {
          String header = numericHeaders().get(i - 1);
          // sums where the total is a sum; the largest wait and the averages come from the exact sums
          if (!header.startsWith("Средн") && !header.startsWith("Ожидание")) {
            totals.set(i, OfficialXlsx.SUM);
          }
        }
        byOrganization.totals(totals);
      }
      if (c.roadmap() != null) {
        OfficialXlsx.Table sections = workbook.table("Дорожная карта",
            "Мероприятия дорожных карт со сроком в " + c.roadmapYear() + " году (состояние на " + asOf + ")",
            c.municipality(), List.of(Column.text("Дорожная карта"), Column.text("Раздел"), Column.integer("Исполнено"),
                Column.integer("В работе"), Column.integer("Просрочено"), Column.integer("Всего")), 2);
        for (DashboardService.SectionProgress s : c.roadmap().sections()) {
          sections.row(List.of(s.roadmap(), (s.number() == null ? "" : s.number() + " ") + s.section(), s.done(), s.open(),
              s.overdue(), s.total()));
        }
        sections.totals(java.util.Arrays.asList("Итого", null, OfficialXlsx.SUM, OfficialXlsx.SUM, OfficialXlsx.SUM,
            OfficialXlsx.SUM));
        OfficialXlsx.Table indicators = workbook.table("Показатели ДК",
            "Показатели дорожных карт на " + c.roadmapYear() + " год: план и факт (на " + asOf + ")", c.municipality(),
            List.of(Column.text("№"), Column.longText("Мероприятие"), Column.integer("План"), Column.integer("Факт"),
                Column.integer("Выполнение, %")), 2);
        for (DashboardService.IndicatorProgress i : c.roadmap().indicators()) {
          if (i.year() == c.roadmapYear()) {
            indicators.row(java.util.Arrays.asList(i.number(), i.title(), i.target(), i.fact(), i.percent()));
          }
        }
      }
      return workbook.toBytes();
    }
  }

  private static List<String> numericHeaders() {
    return List.of("Наставников в банке", "Наставляемых в банке", "Действующих пар", "Завершили программу",
        "Завершены досрочно", "Молодых специалистов", "Из них с наставником", "Запросов без наставника",
        "Ожидание, дней (наибольшее)", "Встреч запланировано", "Встреч проведено", "Отзывов ожидалось", "Отзывов получено",
        "Средняя удовлетворённость", "Средний прирост", "Мероприятий ДК со сроком", "Исполнено", "Не исполнено в срок",
        "Показатели: план", "Показатели: факт");
  }

  private static List<Object> numericRow(Figures f, String name) {
    return java.util.Arrays.asList(name, f.mentorsInBank(), f.menteesInBank(), f.activePairs(), f.completedPairs(),
        f.endedEarlyPairs(), f.youngSpecialists(), f.youngWithMentor(), f.requestsWithoutMentor(), f.waitingDaysMax(),
        f.meetingsPlanned(), f.meetingsHeld(), f.feedbackDue(), f.feedbackGiven(), f.averageSatisfaction(), f.averageGrowth(),
        f.roadmapDue(), f.roadmapDone(), f.roadmapOverdue(), f.indicatorPlan(), f.indicatorFact());
  }
}
