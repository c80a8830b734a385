package ru.nastavnik.monitoring;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.TaskForm;

/**
 * The Markdown texts of the monitoring tasks: the figures the system knows as the form is opened,
 * who has not reported, the department's comment and the links to the documents.
 */
@Component
@Transactional(readOnly = true)
class MonitoringTaskTexts {

  private final MonitoringRecords records;
  private final MonitoringSchedule schedule;
  private final MonitoringMetrics metrics;
  private final MonitoringReportRepository reports;

  MonitoringTaskTexts(MonitoringRecords records, MonitoringSchedule schedule, MonitoringMetrics metrics,
      MonitoringReportRepository reports) {
    this.records = records;
    this.schedule = schedule;
    this.metrics = metrics;
    this.reports = reports;
  }

  /** What the curator sees in the task: the figures already known and where to download the documents. */
  public String organizationReportText(Long reportId, Instant now) {
    MonitoringReport report = records.report(reportId);
    Figures figures = records.organizationFigures(report, now);
    return "**" + report.getKind().title() + "**\n\n**" + Markdown.text(report.getOrganization().getName()) + "**, "
        + report.getCampaign().periodTitle()
        + ". Срок представления: " + MonitoringDocuments.dateTime(report.getDueAt(), MonitoringRecords.zone(report)) + ".\n\n"
        + "Показатели, известные системе на " + MonitoringDocuments.date(now, MonitoringRecords.zone(report)) + ":\n\n"
        + markdown(figures) + "\n\n" + links(reportId);
  }

  /** The name of the curators' task for the report (the December report or the self-diagnostics). */
  public String reportTaskName(Long reportId) {
    MonitoringReport report = records.report(reportId);
    return TaskForm.name(report.getKind().taskName(), report.getOrganization().getShortName());
  }

  /** What the coordinator sees in the task: the aggregated figures, who has not reported, the department's comment. */
  public String municipalReportText(Long reportId, Instant now) {
    MonitoringReport report = records.report(reportId);
    Municipality municipality = report.getOrganization().getMunicipality();
    List<Figures> rows = records.municipalFigures(report.getCampaign(), now);
    List<String> missing = records.missingReports(report.getCampaign().getId());
    StringBuilder text = new StringBuilder("**").append(Markdown.text(municipality.getName())).append("**, ")
        .append(report.getCampaign().periodTitle()).append(". Срок направления в орган управления образованием: ")
        .append(MonitoringDocuments.dateTime(report.getDueAt(), municipality.getTimeZone())).append(".\n\n");
    if (report.getStatus() == ReportStatus.RETURNED) {
      text.append("**Возвращён на доработку:** ").append(Markdown.text(report.getReviewComment())).append("\n\n");
    }
    text.append(missing.isEmpty() ? "Все организации представили отчёты.\n\n"
        : "**Не представили отчёты:** " + Markdown.text(String.join(", ", missing)) + ".\n\n");
    if (report.getConclusions() != null) {
      text.append("**Выводы координатора:** ").append(Markdown.text(report.getConclusions())).append("\n\n");
    }
    text.append("Показатели муниципалитета (сумма по организациям):\n\n")
        .append(markdown(metrics.total(municipality.getName(), rows))).append("\n\n").append(links(reportId));
    return text.toString();
  }

  /** The task text of a spring stage: what it is, its date and the municipality's figures now. */
  public String stageText(Long campaignId, ReportKind kind, Instant now) {
    MonitoringCampaign campaign = records.campaign(campaignId);
    Municipality municipality = campaign.getMunicipality();
    List<Figures> rows = records.municipalFigures(campaign, now);
    return "**" + kind.title() + "**, " + Markdown.text(municipality.getName()) + ", " + campaign.periodTitle() + ". Срок: "
        + MonitoringDocuments.dateTime(schedule.stageDue(campaignId, kind), municipality.getTimeZone()) + ".\n\n"
        + schoolsText(campaignId, kind)
        + "Показатели муниципалитета на " + MonitoringDocuments.date(now, municipality.getTimeZone()) + ":\n\n"
        + markdown(metrics.total(municipality.getName(), rows));
  }

  /** For the self-diagnostics stage: which schools have filed their own, with links to them. */
  private String schoolsText(Long campaignId, ReportKind kind) {
    if (kind != ReportKind.SELF_DIAGNOSTICS) {
      return "";
    }
    StringBuilder text = new StringBuilder("Справки самодиагностики образовательных организаций:\n\n");
    for (MonitoringReport report : reports.findByCampaignIdOrderById(campaignId)) {
      if (report.getKind() == ReportKind.SCHOOL_SELF_DIAGNOSTICS) {
        text.append("- ").append(Markdown.text(report.getOrganization().getShortName())).append(": ").append(report.getStatus().title());
        if (report.getStatus().isFiled()) {
          text.append(" — [справка](/api/monitoring/reports/").append(report.getId()).append("/spravka.docx)");
        }
        text.append("\n");
      }
    }
    return text.append("\n").toString();
  }

  private static String links(Long reportId) {
    return "Документы: [Аналитическая справка (DOCX)](/api/monitoring/reports/" + reportId + "/spravka.docx) · "
        + "[Показатели (XLSX)](/api/monitoring/reports/" + reportId + "/figures.xlsx)";
  }

  private static String markdown(Figures figures) {
    StringBuilder table = new StringBuilder("| Показатель | Значение |\n|---|---|\n");
    for (Figures.Line line : figures.lines()) {
      table.append("| ").append(Markdown.text(line.label())).append(" | ").append(Markdown.text(line.value())).append(" |\n");
    }
    return table.toString().trim();
  }
}
