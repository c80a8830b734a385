package ru.nastavnik.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.MunicipalityRepository;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;

/**
 * The transitions of the yearly monitoring that its processes call: the campaign of an academic
 * year, the organizations' reports with their reminders and escalation, the municipal analytic
 * report and the department's answer, the spring stages. The forms' values come checked and typed
 * from the delegates; read views are {@link MonitoringQueries}, task texts {@link MonitoringTaskTexts}.
 */
@Service
@Transactional
class MonitoringService {

  /** Days before the deadline when the curators are reminded. */
  static final int REMINDER_DAYS = 3;

  private final MonitoringCampaignRepository campaigns;
  private final MonitoringReportRepository reports;
  private final MonitoringRecords records;
  private final MonitoringSchedule schedule;
  private final OrganizationService organizations;
  private final Notifier notifier;
  // The system acts without a user in timer jobs: these read without the user's visibility filter.
  private final OrganizationRepository organizationRepository;
  private final MunicipalityRepository municipalityRepository;

  MonitoringService(MonitoringCampaignRepository campaigns, MonitoringReportRepository reports, MonitoringRecords records,
      MonitoringSchedule schedule, OrganizationService organizations, Notifier notifier,
      OrganizationRepository organizationRepository, MunicipalityRepository municipalityRepository) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.records = records;
    this.schedule = schedule;
    this.organizations = organizations;
    this.notifier = notifier;
    this.organizationRepository = organizationRepository;
    this.municipalityRepository = municipalityRepository;
  }

  // --- campaign -------------------------------------------------------------------------------

  /** Opens the monitoring year of a municipality; empty when it is open already. */
  public Optional<MonitoringCampaign> openYear(Long municipalityId, int academicYear, Instant now) {
    if (campaigns.findByMunicipalityIdAndAcademicYear(municipalityId, academicYear).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(campaigns.save(new MonitoringCampaign(organizations.municipality(municipalityId), academicYear, now)));
  }

  /** The municipalities whose current monitoring year has not been opened. */
  @Transactional(readOnly = true)
  public List<Municipality> municipalitiesWithoutYear(Instant now) {
    return municipalityRepository.findAll().stream()
        .filter(m -> campaigns.findByMunicipalityIdAndAcademicYear(m.getId(),
            MonitoringSchedule.academicYear(now, m.getTimeZone())).isEmpty())
        .toList();
  }

  public void attachCampaignProcess(Long campaignId, String processInstanceId) {
    records.campaign(campaignId).attachProcess(processInstanceId);
  }

  public void closeYear(Long campaignId, Instant now) {
    records.campaign(campaignId).close(now);
  }

  /** The code of the body that files the municipal report (the methodical centre). */
  @Transactional(readOnly = true)
  public String reportingBodyCode(Long campaignId) {
    return records.municipalBody(records.campaign(campaignId).getMunicipality(), OrganizationKind.METHODICAL_CENTER).getCode();
  }

  // --- organizations' reports -----------------------------------------------------------------

  /** An organization's report to be started as its own process. */
  public record ReportStart(Long reportId, String organizationCode, Instant dueAt, Instant reminderAt) {}

  /** Asks every educational organization for a report of the kind (its December report or its self-diagnostics), once. */
  public List<ReportStart> requestSchoolReports(Long campaignId, ReportKind kind, Instant now) {
    if (!kind.isFiledBySchools()) {
      throw new IllegalArgumentException(kind + " is not filed by schools");
    }
    MonitoringCampaign campaign = records.campaign(campaignId);
    Instant due = schedule.stageDue(campaignId, kind);
    Set<Long> asked = reports.findByCampaignIdOrderById(campaignId).stream().filter(r -> r.getKind() == kind)
        .map(r -> r.getOrganization().getId()).collect(Collectors.toSet());
    List<ReportStart> result = new ArrayList<>();
    for (Organization organization : organizationRepository.findByMunicipalityIdOrderByName(campaign.getMunicipality().getId())) {
      if (!organization.getKind().isEducational() || asked.contains(organization.getId())) {
        continue;
      }
      MonitoringReport report = reports.save(new MonitoringReport(campaign, kind, organization, due, now));
      result.add(new ReportStart(report.getId(), organization.getCode(), due,
          MonitoringCalendar.reminder(due, REMINDER_DAYS, campaign.getMunicipality().getTimeZone(), now)));
    }
    return result;
  }

  public void attachReportProcess(Long reportId, String processInstanceId) {
    records.report(reportId).attachProcess(processInstanceId);
  }

  /** What the curator wrote in the report form: the comments are required, the rest may be null. */
  public record CuratorTexts(String comments, String difficulties, String plans) {}

  /** The curator's report: the figures are frozen as they are now; the texts are the curator's. */
  public void submitOrganizationReport(Long reportId, CuratorTexts texts, String by, Instant now) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus().isFiled()) {
      throw new BusinessRuleException("Отчёт уже представлен");
    }
    FiguresSnapshot snapshot = new FiguresSnapshot(List.of(records.organizationFigures(report, now)), null, now);
    report.submit(snapshot.json(), texts.comments(), texts.difficulties(), texts.plans(), null, by, now);
  }

  public void remindOrganizationReport(Long reportId) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus().isFiled()) {
      return;
    }
    notifier.notifyGroup(GroupNames.curators(report.getOrganization().getCode()),
        "Напоминание: " + report.getKind().title(),
        "Срок представления за " + report.getCampaign().periodTitle() + " — "
            + MonitoringDocuments.dateTime(report.getDueAt(), MonitoringRecords.zone(report)) + ". Задача ждёт вас в Tasklist.");
  }

  /** The report is late: the director, the coordinator and the department learn it (weekly while late). */
  public void escalateMissingReport(Long reportId) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus().isFiled()) {
      return;
    }
    report.markOverdue();
    Organization organization = report.getOrganization();
    String municipality = organization.getMunicipality().getCode();
    String subject = (report.getKind() == ReportKind.ORGANIZATION ? "Не представлен отчёт о наставничестве: "
        : "Не представлена справка самодиагностики: ") + organization.getShortName();
    String body = organization.getName() + " не представила в срок: " + report.getKind().title() + " за "
        + report.getCampaign().periodTitle() + " (срок — "
        + MonitoringDocuments.dateTime(report.getDueAt(), MonitoringRecords.zone(report))
        + "). Напоминание № " + report.getEscalations() + ".";
    notifier.notifyGroup(GroupNames.directors(organization.getCode()), subject, body);
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }

  // --- municipal report -----------------------------------------------------------------------

  /** Creates the municipal report (filed by the methodical centre) and tells the coordinators who has not reported. */
  public Long prepareMunicipalReport(Long campaignId, Instant now) {
    MonitoringCampaign campaign = records.campaign(campaignId);
    Organization centre = records.municipalBody(campaign.getMunicipality(), OrganizationKind.METHODICAL_CENTER);
    Instant due = schedule.timeline(campaignId).get(MonitoringStage.ANALYTIC_REPORT_DUE);
    MonitoringReport report = reports.findByCampaignIdAndKindAndOrganizationId(campaignId, ReportKind.MUNICIPAL, centre.getId())
        .orElseGet(() -> reports.save(new MonitoringReport(campaign, ReportKind.MUNICIPAL, centre, due, now)));
    List<String> missing = records.missingReports(campaignId);
    notifier.notifyGroup(GroupNames.coordinators(campaign.getMunicipality().getCode()),
        "Подготовьте аналитический отчёт о мониторинге наставничества",
        "Срок направления отчёта в орган управления образованием — "
            + MonitoringDocuments.dateTime(due, campaign.getMunicipality().getTimeZone())
            + ". " + (missing.isEmpty() ? "Все организации представили отчёты."
            : "Не представили отчёты: " + String.join(", ", missing) + "."));
    return report.getId();
  }

  /** The coordinator's conclusions; the figures are frozen as they are now. */
  public void sendMunicipalReport(Long reportId, String conclusions, String by, Instant now) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus() == ReportStatus.ACKNOWLEDGED) {
      throw new BusinessRuleException("Отчёт уже принят органом управления образованием");
    }
    report.submit(records.municipalSnapshot(report.getCampaign(), now).json(), null, null, null, conclusions, by, now);
  }

  /** The department acknowledges the report or returns it with a comment; true when acknowledged. */
  public boolean reviewMunicipalReport(Long reportId, MunicipalReportDecision decision, String comment, String by,
      Instant now) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      throw new BusinessRuleException("Отчёт ещё не направлен координатором");
    }
    boolean accepted = decision == MunicipalReportDecision.ACKNOWLEDGE;
    report.review(accepted, comment, by, now);
    if (!accepted) {
      notifier.notifyGroup(GroupNames.coordinators(report.getOrganization().getMunicipality().getCode()),
          "Аналитический отчёт возвращён на доработку", comment);
    }
    return accepted;
  }

  public void remindMunicipalReport(Long reportId) {
    MonitoringReport report = records.report(reportId);
    if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.ACKNOWLEDGED) {
      return;
    }
    report.markOverdue();
    String municipality = report.getOrganization().getMunicipality().getCode();
    String subject = "Аналитический отчёт о мониторинге наставничества не направлен в срок";
    String body = "Срок — " + MonitoringDocuments.dateTime(report.getDueAt(), MonitoringRecords.zone(report))
        + ". Задача координатора ещё открыта.";
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }

  // --- spring stages --------------------------------------------------------------------------

  /** The stage's document: a summary written by the coordinator (or the department for decisions). */
  public void recordStage(Long campaignId, ReportKind kind, String summary, String by, Instant now) {
    MonitoringCampaign campaign = records.campaign(campaignId);
    Organization body = records.municipalBody(campaign.getMunicipality(),
        kind == ReportKind.MANAGEMENT_DECISIONS ? OrganizationKind.DEPARTMENT : OrganizationKind.METHODICAL_CENTER);
    MonitoringReport report = reports.findByCampaignIdAndKindAndOrganizationId(campaignId, kind, body.getId())
        .orElseGet(() -> reports.save(new MonitoringReport(campaign, kind, body, schedule.stageDue(campaignId, kind), now)));
    report.submit(records.municipalSnapshot(campaign, now).json(), null, null, null, summary, by, now);
  }

  public void escalateStage(Long campaignId, ReportKind kind) {
    MonitoringCampaign campaign = records.campaign(campaignId);
    String municipality = campaign.getMunicipality().getCode();
    String subject = "Срок этапа мониторинга прошёл: " + kind.title();
    String body = "Этап мониторинга за " + campaign.periodTitle() + " не завершён в срок ("
        + MonitoringDocuments.dateTime(schedule.stageDue(campaignId, kind), campaign.getMunicipality().getTimeZone()) + ").";
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }
}
