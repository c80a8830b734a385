package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.system.FormDates;

/**
 * The documents of a monitoring report: «Аналитическая справка» (or the municipality's analytic
 * report) as Word — requisites, general information, the figures beside the previous year's with
 * the change and a chart, what the curator or the coordinator wrote, proposals, the signature
 * block and the executor; for a municipality also the roadmap by section, its indicators plan
 * against fact and, in a landscape appendix, every figure of every organization. The figures as an
 * Excel workbook are {@link MonitoringWorkbook}.
 */
public final class MonitoringDocuments {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private MonitoringDocuments() {}

  /** What people wrote in the report; null where nothing was written. */
  public record Texts(String comments, String difficulties, String plans, String conclusions) {}

  /**
   * The previous academic year's figures.
   *
   * @param period «2025/2026 учебный год»
   * @param source where they come from, as the document explains it
   */
  public record Previous(String period, Figures total, String source) {}

  /**
   * What a document shows.
   *
   * @param organizations per-organization figures of a municipal report; empty for an organization's own report
   * @param notReported organizations that had not reported when the document was made
   * @param asked how many organizations were asked for their report (a municipal report)
   * @param roadmap the municipality's roadmap in the calendar year of the report date; null for an organization's report
   */
  public record Content(Long reportId, ReportKind kind, String organization, String municipality, String place,
      String period, Instant asOf, ZoneId zone, String status, boolean filed, Figures total, Previous previous,
      List<Figures> organizations, List<String> notReported, int asked, Texts texts,
      DashboardService.RoadmapYear roadmap, int roadmapYear, OfficialDocx.Signer signer, OfficialDocx.Executor executor) {

    String title() { return kind.title(); }
  }

  static String date(Instant at, ZoneId zone) {
    return FormDates.ruDate(at, zone);
  }

  static String dateTime(Instant at, ZoneId zone) {
    return FormDates.ru(at, zone);
  }

  // --- the figures of the report, one row each --------------------------------------------------

  /** How a figure is shown: a count, a decimal or a percentage (whose change is in percentage points). */
  enum Unit { COUNT, DECIMAL, PERCENT }

  /** One figure of the report's table: its label and how it is read from {@link Figures}. */
  record Figure(String label, Unit unit, Function<Figures, Number> value) {}

  /** The figures of the table, the chart aside, in the order of {@link Figures#lines()}, each a single number. */
  static final List<Figure> FIGURES = List.of(
      new Figure("Наставников в банке наставников", Unit.COUNT, Figures::mentorsInBank),
      new Figure("Наставляемых в банке наставляемых", Unit.COUNT, Figures::menteesInBank),
      new Figure("Действующих пар (групп) наставничества", Unit.COUNT, Figures::activePairs),
      new Figure("Пар, завершивших программу за период", Unit.COUNT, Figures::completedPairs),
      new Figure("Пар, завершённых досрочно за период", Unit.COUNT, Figures::endedEarlyPairs),
      new Figure("Молодых специалистов (стаж до 3 лет)", Unit.COUNT, Figures::youngSpecialists),
      new Figure("Из них с наставником", Unit.COUNT, Figures::youngWithMentor),
      new Figure("Охват молодых специалистов наставничеством, %", Unit.PERCENT, Figures::youngCoveragePercent),
      new Figure("Запросов без наставника", Unit.COUNT, Figures::requestsWithoutMentor),
      new Figure("Ожидание наставника в среднем, дней", Unit.DECIMAL, Figures::averageWaitingDays),
      new Figure("Ожидание наставника наибольшее, дней", Unit.COUNT,
          f -> f.requestsWithoutMentor() == 0 ? null : f.waitingDaysMax()),
      new Figure("Встреч запланировано", Unit.COUNT, Figures::meetingsPlanned),
      new Figure("Встреч проведено", Unit.COUNT, Figures::meetingsHeld),
      new Figure("Проведено встреч из запланированных, %", Unit.PERCENT, Figures::meetingsHeldPercent),
      new Figure("Отзывов о встречах ожидалось", Unit.COUNT, Figures::feedbackDue),
      new Figure("Отзывов о встречах получено", Unit.COUNT, Figures::feedbackGiven),
      new Figure("Получено отзывов из ожидавшихся, %", Unit.PERCENT, Figures::feedbackPercent),
      new Figure("Средняя удовлетворённость встречами (1–10)", Unit.DECIMAL, Figures::averageSatisfaction),
      new Figure("Средний прирост по итогам входного и итогового анкетирования, баллов", Unit.DECIMAL,
          Figures::averageGrowth),
      new Figure("Мероприятий дорожной карты со сроком в периоде", Unit.COUNT, Figures::roadmapDue),
      new Figure("Из них исполнено", Unit.COUNT, Figures::roadmapDone),
      new Figure("Из них не исполнено в срок", Unit.COUNT, Figures::roadmapOverdue),
      new Figure("Показатели дорожной карты: план", Unit.COUNT, Figures::indicatorPlan),
      new Figure("Показатели дорожной карты: факт", Unit.COUNT, Figures::indicatorFact),
      new Figure("Выполнение показателей дорожной карты, %", Unit.PERCENT, Figures::indicatorPercent));

  static String format(Number value, Unit unit) {
    if (value == null) {
      return "—";
    }
    if (unit == Unit.DECIMAL) {
      return new BigDecimal(value.toString()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
    return String.valueOf(value.longValue());
  }

  /** The change from the previous year: «+2», «−1,5», «+5 п. п.», «0»; «—» when either is unknown. */
  static String change(Number current, Number previous, Unit unit) {
    BigDecimal difference = difference(current, previous);
    if (difference == null) {
      return "—";
    }
    String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "−" : "";
    String text = format(difference.abs(), unit);
    return sign + text + (unit == Unit.PERCENT && difference.signum() != 0 ? " п. п." : "");
  }

  static BigDecimal difference(Number current, Number previous) {
    if (current == null || previous == null) {
      return null;
    }
    return new BigDecimal(current.toString()).subtract(new BigDecimal(previous.toString()));
  }

  // --- Word -----------------------------------------------------------------------------------

  /** The kind of document as its requisite names it. */
  static String documentKind(ReportKind kind) {
    return switch (kind) {
      case ORGANIZATION -> "Аналитическая справка";
      case SCHOOL_SELF_DIAGNOSTICS, PROGRAM_ASSESSMENT, SELF_DIAGNOSTICS -> "Справка";
      case MUNICIPAL, EFFECTIVENESS -> "Аналитический отчёт";
      case MANAGEMENT_DECISIONS -> "Аналитические материалы";
    };
  }

  /** The heading to the text: the report's title without the kind already printed above it, and the period. */
  static String heading(ReportKind kind, String period) {
    String title = kind.title();
    String documentKind = documentKind(kind);
    String rest = title.regionMatches(true, 0, documentKind, 0, documentKind.length())
        ? title.substring(documentKind.length()).trim() : title;
    return rest + "\nза " + period;
  }

  /** «Аналитическая справка» (or the analytic report) as a Word document ready to sign. */
  public static byte[] docx(Content c) {
    boolean municipal = !c.kind().isFiledBySchools();
    OfficialDocx doc = new OfficialDocx();
    doc.requisites(new OfficialDocx.Requisites(c.organization(), documentKind(c.kind()), date(c.asOf(), c.zone()), null,
        c.place(), heading(c.kind(), c.period())));
    int section = 1;

    doc.section(section++ + ". Общие сведения");
    doc.labelled("Вид отчёта", c.title());
    doc.labelled(municipal ? "Составитель" : "Организация", c.organization());
    doc.labelled("Муниципалитет", c.municipality());
    doc.labelled("Период", c.period() + "; данные на " + date(c.asOf(), c.zone()));
    doc.labelled("Статус отчёта", c.status().toLowerCase(RU));
    if (municipal) {
      doc.labelled("Образовательные организации",
          "отчёт запрошен у " + c.asked() + ", представили " + (c.asked() - c.notReported().size())
              + (c.notReported().isEmpty() ? "" : ", не представили " + c.notReported().size()));
    }

    doc.section(section++ + ". Показатели" + (municipal ? " муниципалитета (сумма по организациям)" : ""));
    figuresTable(doc, c);
    doc.picture(MonitoringChart.png(c.total(), shortPeriod(c.period()), c.previous() == null ? null : c.previous().total(),
            c.previous() == null ? null : shortPeriod(c.previous().period())),
        "Показатели.png", 165, 165.0 * MonitoringChart.HEIGHT / MonitoringChart.WIDTH,
        "Рисунок 1 – Основные показатели: " + shortPeriod(c.period())
            + (c.previous() == null ? "" : " и " + shortPeriod(c.previous().period())));

    if (municipal) {
      doc.section(section++ + ". Организации, не представившие отчёт");
      doc.paragraph(c.notReported().isEmpty() ? "Все образовательные организации представили отчёты."
          : "Не представили отчёты: " + String.join(", ", c.notReported()) + ".");
      doc.paragraph("Показатели каждой организации приведены в приложении 1.");
      doc.section(section++ + ". Исполнение дорожной карты в " + c.roadmapYear() + " году");
      roadmap(doc, c);
      doc.section(section++ + (c.kind() == ReportKind.MUNICIPAL ? ". Выводы и предложения координатора" : ". Результаты этапа"));
      writtenText(doc, c, c.texts().conclusions(), "Выводы не сформулированы.");
    } else {
      doc.section(section++ + ". Как реализуется наставничество (сведения куратора)");
      doc.subsection(section - 1 + ".1. Ход работы");
      writtenText(doc, c, c.texts().comments(), "Куратор не описал ход работы.");
      doc.subsection(section - 1 + ".2. Затруднения");
      writtenText(doc, c, c.texts().difficulties(), "Куратор не указал затруднений.");
      doc.subsection(section - 1 + ".3. Планы на следующий период");
      writtenText(doc, c, c.texts().plans(), "Куратор не указал планов.");
    }

    doc.section(section + ". Предложения");
    List<String> proposals = proposals(c);
    if (proposals.isEmpty()) {
      doc.paragraph("Показатели периода не требуют дополнительных мер: продолжить реализацию программ наставничества"
          + " в прежнем порядке.");
    } else {
      proposals.forEach(doc::item);
    }

    doc.signature(c.signer());
    doc.executor(c.executor());
    if (municipal) {
      doc.landscapeAppendix("Приложение 1\nк документу «" + documentKind(c.kind()) + "»\nот " + date(c.asOf(), c.zone()),
          "Показатели образовательных организаций\nза " + c.period() + " (данные на " + date(c.asOf(), c.zone()) + ")");
      organizationsTable(doc, c);
    }
    return doc.toBytes();
  }

  static String shortPeriod(String period) {
    return period.replace(" учебный год", " уч. год");
  }

  private static void writtenText(OfficialDocx doc, Content c, String text, String emptyFiled) {
    if (text != null && !text.isBlank()) {
      doc.paragraph(text);
    } else if (!c.filed()) {
      doc.paragraph("Отчёт ещё не представлен: раздел заполняется при его представлении.");
    } else {
      doc.paragraph(emptyFiled);
    }
  }

  private static void figuresTable(OfficialDocx doc, Content c) {
    Figures previous = c.previous() == null ? null : c.previous().total();
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (Figure figure : FIGURES) {
      Number now = figure.value().apply(c.total());
      Number before = previous == null ? null : figure.value().apply(previous);
      rows.add(List.of(n++ + ".", figure.label(), format(now, figure.unit()),
          previous == null ? "—" : format(before, figure.unit()), change(now, before, figure.unit())));
    }
    doc.table(List.of("№", "Показатель", shortPeriod(c.period()),
            c.previous() == null ? "Прошлый год" : shortPeriod(c.previous().period()), "Изменение"),
        rows, new int[] {6, 46, 16, 16, 16}, new boolean[] {false, false, true, true, true}, OfficialDocx.TABLE_SIZE);
    doc.note(c.previous() == null ? "Показателей прошлого учебного года нет." : c.previous().source());
  }

  private static void roadmap(OfficialDocx doc, Content c) {
    DashboardService.RoadmapYear roadmap = c.roadmap();
    if (roadmap == null || roadmap.sections().isEmpty()) {
      doc.paragraph("Мероприятий дорожных карт со сроком в " + c.roadmapYear() + " году нет.");
    } else {
      doc.paragraph("Мероприятия дорожных карт со сроком в " + c.roadmapYear() + " году по разделам (состояние на "
          + date(c.asOf(), c.zone()) + "):");
      List<List<String>> rows = new ArrayList<>();
      int done = 0;
      int open = 0;
      int overdue = 0;
      for (DashboardService.SectionProgress s : roadmap.sections()) {
        rows.add(List.of((s.number() == null ? "" : s.number() + " ") + s.section(), String.valueOf(s.done()),
            String.valueOf(s.open()), String.valueOf(s.overdue()), String.valueOf(s.total())));
        done += s.done();
        open += s.open();
        overdue += s.overdue();
      }
      rows.add(List.of("Итого", String.valueOf(done), String.valueOf(open), String.valueOf(overdue),
          String.valueOf(done + open + overdue)));
      XWPFTable table = doc.table(List.of("Раздел дорожной карты", "Исполнено", "В работе", "Просрочено", "Всего"), rows,
          new int[] {52, 12, 12, 12, 12}, new boolean[] {false, true, true, true, true}, OfficialDocx.TABLE_SIZE);
      OfficialDocx.boldLastRow(table);
    }
    if (roadmap == null || roadmap.indicators().stream().noneMatch(i -> i.year() == c.roadmapYear())) {
      doc.paragraph("Показателей дорожных карт на " + c.roadmapYear() + " год нет.");
      return;
    }
    doc.paragraph("Показатели дорожных карт на " + c.roadmapYear() + " год: план и факт.");
    List<List<String>> rows = new ArrayList<>();
    for (DashboardService.IndicatorProgress i : roadmap.indicators()) {
      if (i.year() == c.roadmapYear()) {
        rows.add(List.of(i.number() == null ? "" : i.number(), i.title(), String.valueOf(i.target()), String.valueOf(i.fact()),
            i.percent() + "%"));
      }
    }
    doc.table(List.of("№", "Мероприятие", "План", "Факт", "Выполнение"), rows, new int[] {8, 56, 12, 12, 12},
        new boolean[] {false, false, true, true, true}, OfficialDocx.TABLE_SIZE);
  }

  /** Every figure of every organization and the municipality's total, in the landscape appendix. */
  private static void organizationsTable(OfficialDocx doc, Content c) {
    // soft hyphens (\u00ad) let the narrow header cells break words where Russian allows
    List<String> headers = List.of("Организация", "Банк: настав\u00adников / настав\u00adляемых",
        "Пары: дейст\u00adвуют / завер\u00adшили / досрочно", "Моло\u00adдые специа\u00adлисты: всего / с настав\u00adником",
        "Охват, %", "Запро\u00adсов без настав\u00adника", "Ожида\u00adние, дней: среднее / наиболь\u00adшее",
        "Встре\u00adчи: план / прове\u00adдено", "Отзы\u00adвы: ожида\u00adлось / полу\u00adчено",
        "Удовлет\u00adворён\u00adность (1–10)", "При\u00adрост, баллов",
        "Дорож\u00adная карта: срок / испол\u00adнено / не испол\u00adнено", "Показа\u00adтели ДК: план / факт");
    List<List<String>> rows = new ArrayList<>();
    for (Figures f : c.organizations()) {
      rows.add(organizationRow(f, f.organization()));
    }
    rows.add(organizationRow(c.total(), "Итого: " + c.total().organization()));
    int[] widths = {15, 9, 10, 11, 8, 9, 10, 9, 10, 10, 8, 11, 9};
    boolean[] numeric = new boolean[headers.size()];
    java.util.Arrays.fill(numeric, 1, numeric.length, true);
    XWPFTable table = doc.table(headers, rows, widths, numeric, 9);
    OfficialDocx.boldLastRow(table);
  }

  private static List<String> organizationRow(Figures f, String name) {
    return List.of(name, f.mentorsInBank() + " / " + f.menteesInBank(),
        f.activePairs() + " / " + f.completedPairs() + " / " + f.endedEarlyPairs(),
        f.youngSpecialists() + " / " + f.youngWithMentor(), format(f.youngCoveragePercent(), Unit.PERCENT),
        String.valueOf(f.requestsWithoutMentor()),
        f.requestsWithoutMentor() == 0 ? "—" : format(f.averageWaitingDays(), Unit.DECIMAL) + " / " + f.waitingDaysMax(),
        f.meetingsPlanned() + " / " + f.meetingsHeld(), f.feedbackDue() + " / " + f.feedbackGiven(),
        format(f.averageSatisfaction(), Unit.DECIMAL), format(f.averageGrowth(), Unit.DECIMAL),
        f.roadmapDue() + " / " + f.roadmapDone() + " / " + f.roadmapOverdue(), f.indicatorPlan() + " / " + f.indicatorFact());
  }

  /**
   * Proposals that follow from the figures: each names what is short and by how much. The
   * figures themselves are those of {@link MonitoringMetrics}; nothing is counted here.
   */
  static List<String> proposals(Content c) {
    Figures f = c.total();
    List<String> result = new ArrayList<>();
    if (!c.notReported().isEmpty()) {
      result.add("Получить отчёты организаций, не представивших их в срок: " + String.join(", ", c.notReported()) + ".");
    }
    if (f.mentorsInBank() == 0) {
      result.add("Сформировать банк наставников: провести анкетирование педагогов, готовых стать наставниками.");
    }
    if (f.youngSpecialists() > f.youngWithMentor()) {
      result.add("Закрепить наставников за молодыми специалистами, у которых их нет: "
          + (f.youngSpecialists() - f.youngWithMentor()) + " из " + f.youngSpecialists()
          + " (охват — " + format(f.youngCoveragePercent(), Unit.PERCENT) + "%).");
    }
    if (f.requestsWithoutMentor() > 0) {
      int n = f.requestsWithoutMentor();
      result.add("Подобрать наставников по " + n + (n % 10 == 1 && n % 100 != 11 ? " запросу" : " запросам")
          + " без наставника (наибольшее ожидание — "
          + f.waitingDaysMax() + " дн.); до подбора обеспечить наставляемым психолого-педагогическую поддержку.");
    }
    if (f.meetingsPlanned() > f.meetingsHeld()) {
      result.add("Провести или перенести несостоявшиеся встречи: проведено " + f.meetingsHeld() + " из "
          + f.meetingsPlanned() + " запланированных.");
    }
    if (f.feedbackDue() > f.feedbackGiven()) {
      result.add("Добиться обратной связи по каждой встрече: получено " + f.feedbackGiven() + " из " + f.feedbackDue()
          + " отзывов.");
    }
    BigDecimal satisfaction = f.averageSatisfaction();
    if (satisfaction != null && satisfaction.compareTo(BigDecimal.valueOf(7)) < 0) {
      result.add("Выяснить причины невысокой удовлетворённости встречами (средняя оценка — "
          + format(satisfaction, Unit.DECIMAL) + " из 10) и скорректировать программы наставничества.");
    }
    if (f.roadmapOverdue() > 0) {
      result.add("Исполнить мероприятия дорожной карты, не исполненные в срок: " + f.roadmapOverdue() + " из "
          + f.roadmapDue() + ".");
    }
    if (f.indicatorPlan() > f.indicatorFact()) {
      result.add("Принять меры к достижению показателей дорожной карты: факт " + f.indicatorFact() + " при плане "
          + f.indicatorPlan() + ".");
    }
    return result;
  }
}
