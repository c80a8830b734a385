package ru.nastavnik.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.documents.Officials;
import ru.nastavnik.person.Role;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.MunicipalityRepository;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.Problems;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.NotFoundException;
import ru.nastavnik.system.TaskForm;

/**
 * The yearly monitoring: the calendar of each municipality, the campaign of an academic year,
 * the organizations' reports pre-filled with the figures, reminders and escalation of missing
 * reports, the municipal analytic report and the department's answer, the spring stages.
 */
@Service
@Transactional
public class MonitoringService {

  /** Days before the deadline when the curators are reminded. */
  static final int REMINDER_DAYS = 3;

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final MonitoringCampaignRepository campaigns;
  private final MonitoringReportRepository reports;
  private final MonitoringMetrics metrics;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Notifier notifier;
  private final DashboardService dashboard;
  private final Officials officials;
  private final JdbcTemplate jdbc;
  // The system acts without a user in timer jobs: these read without the user's visibility filter.
  private final OrganizationRepository organizationRepository;
  private final MunicipalityRepository municipalityRepository;

  MonitoringService(MonitoringCampaignRepository campaigns, MonitoringReportRepository reports, MonitoringMetrics metrics,
      OrganizationService organizations, OrganizationAccess access, Notifier notifier, JdbcTemplate jdbc,
      OrganizationRepository organizationRepository, MunicipalityRepository municipalityRepository, DashboardService dashboard,
      Officials officials) {
    this.dashboard = dashboard;
    this.officials = officials;
    this.campaigns = campaigns;
    this.reports = reports;
    this.metrics = metrics;
    this.organizations = organizations;
    this.access = access;
    this.notifier = notifier;
    this.jdbc = jdbc;
    this.organizationRepository = organizationRepository;
    this.municipalityRepository = municipalityRepository;
  }

  // --- calendar -------------------------------------------------------------------------------

  /** The municipality's cron of every stage: its own setting or the decree's default. */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, String> schedule(Long municipalityId) {
    Map<MonitoringStage, String> result = new EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      result.put(stage, stage.defaultCron());
    }
    jdbc.query("select stage, cron from monitoring_schedule where municipality_id = ?",
        rs -> { result.put(MonitoringStage.valueOf(rs.getString(1)), rs.getString(2)); }, municipalityId);
    return result;
  }

  /** The calendar as the municipality's coordinators and department see it. */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, String> schedule(Long municipalityId, CurrentUser user) {
    requireStaff(user, organizations.municipality(municipalityId));
    return schedule(municipalityId);
  }

  /** A changed calendar and what it means for a year already open. */
  public record ScheduleChange(Map<MonitoringStage, String> schedule, String notice) {}

  /**
   * Changes some stages' cron. Every value is checked first — a cron, once a year, in the order
   * the stages depend on each other — so a bad one changes nothing. A year already open keeps the
   * dates it opened with, and the answer says so.
   */
  public ScheduleChange updateSchedule(Long municipalityId, Map<String, String> changes, CurrentUser user, Instant now) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (!access.canManageMunicipality(user, municipality)) {
      throw new ForbiddenException("Календарь мониторинга меняет координатор муниципалитета");
    }
    Map<MonitoringStage, String> parsed = new EnumMap<>(MonitoringStage.class);
    changes.forEach((key, cron) -> {
      MonitoringStage stage;
      try {
        stage = MonitoringStage.valueOf(key);
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException(key, "Неизвестный этап мониторинга «" + Problems.quote(key) + "»");
      }
      String value = FormValues.text(cron);
      if (value == null || !CronExpression.isValidExpression(value)) {
        throw new BusinessRuleException(key, "Этап «" + stage.title() + "»: «" + Problems.quote(cron)
            + "» — не cron-выражение (шесть полей: секунды минуты часы день месяц день_недели, например «0 0 18 15 12 *»)");
      }
      parsed.put(stage, value);
    });
    Map<MonitoringStage, String> merged = schedule(municipalityId);
    merged.putAll(parsed);
    ZoneId zone = municipality.getTimeZone();
    Map<MonitoringStage, String> problems = MonitoringCalendar.problems(merged, academicYear(now, zone), zone);
    if (!problems.isEmpty()) {
      MonitoringStage first = problems.keySet().iterator().next();
      throw new BusinessRuleException(first.name(), "Этап «" + first.title() + "» " + problems.get(first)
          + ". Календарь не изменён.");
    }
    List<MonitoringCampaign> open = campaigns.findByMunicipalityIdOrderByAcademicYearDesc(municipalityId).stream()
        .filter(c -> c.getStatus() == MonitoringCampaign.Status.OPEN).toList();
    // Years already open keep the dates they opened with: fixed now if they were not yet.
    open.forEach(campaign -> timeline(campaign, true));
    parsed.forEach((stage, cron) -> {
      jdbc.update("delete from monitoring_schedule where municipality_id = ? and stage = ?", municipalityId, stage.name());
      jdbc.update("insert into monitoring_schedule (municipality_id, stage, cron) values (?, ?, ?)",
          municipalityId, stage.name(), cron);
    });
    String notice = open.isEmpty()
        ? "Календарь изменён; он действует для годов мониторинга, которые откроются после изменения."
        : "Календарь изменён и действует с " + new AcademicYear(open.get(0).getAcademicYear() + 1).title()
            + ". Сроки уже открытого года (" + open.stream().map(MonitoringCampaign::periodTitle)
                .collect(java.util.stream.Collectors.joining(", ")) + ") не изменились.";
    return new ScheduleChange(schedule(municipalityId), notice);
  }

  /** When each stage of the campaign's year comes: the dates it opened with (see {@link MonitoringCalendar}). */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, Instant> timeline(Long campaignId) {
    return timeline(campaign(campaignId), false);
  }

  /** Fixes the year's dates as it opens (a later change of the calendar does not move them). */
  public Map<MonitoringStage, Instant> fixTimeline(Long campaignId) {
    return timeline(campaign(campaignId), true);
  }

  private Map<MonitoringStage, Instant> timeline(MonitoringCampaign campaign, boolean fix) {
    if (campaign.getTimeline() != null) {
      Map<MonitoringStage, Instant> fixed = new EnumMap<>(MonitoringStage.class);
      try {
        JSON.readTree(campaign.getTimeline()).fields().forEachRemaining(e ->
            fixed.put(MonitoringStage.valueOf(e.getKey()), Instant.parse(e.getValue().asText())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Сроки года мониторинга № " + campaign.getId() + " не читаются", e);
      }
      return fixed;
    }
    Map<MonitoringStage, Instant> computed = MonitoringCalendar.timeline(schedule(campaign.getMunicipality().getId()),
        campaign.getAcademicYear(), campaign.getMunicipality().getTimeZone());
    if (fix) {
      Map<String, String> json = new java.util.LinkedHashMap<>();
      computed.forEach((stage, at) -> json.put(stage.name(), at.toString()));
      try {
        campaign.fixTimeline(JSON.writeValueAsString(json));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return computed;
  }

  /** The academic year a moment belongs to in a zone: from 1 September. */
  public static int academicYear(Instant at, ZoneId zone) {
    LocalDate date = at.atZone(zone).toLocalDate();
    return AcademicYear.of(date).startYear();
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
        .filter(m -> campaigns.findByMunicipalityIdAndAcademicYear(m.getId(), academicYear(now, m.getTimeZone())).isEmpty())
        .toList();
  }

  public void attachCampaignProcess(Long campaignId, String processInstanceId) {
    campaign(campaignId).attachProcess(processInstanceId);
  }

  public void closeYear(Long campaignId, Instant now) {
    campaign(campaignId).close(now);
  }

  /** An organization's report to be started as its own process. */
  public record ReportStart(Long reportId, String organizationCode, Instant dueAt, Instant reminderAt) {}

  /** Asks every educational organization of the municipality for its December report (once). */
  public List<ReportStart> requestOrganizationReports(Long campaignId, Instant now) {
    return requestSchoolReports(campaignId, ReportKind.ORGANIZATION, now);
  }

  /** Asks every educational organization for a report of the kind (its December report or its self-diagnostics), once. */
  public List<ReportStart> requestSchoolReports(Long campaignId, ReportKind kind, Instant now) {
    if (!kind.isFiledBySchools()) {
      throw new IllegalArgumentException(kind + " is not filed by schools");
    }
    MonitoringCampaign campaign = campaign(campaignId);
    Instant due = stageDue(campaignId, kind);
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
    report(reportId).attachProcess(processInstanceId);
  }

  /** What the curator sees in the task: the figures already known and where to download the documents. */
  @Transactional(readOnly = true)
  public String organizationReportText(Long reportId, Instant now) {
    MonitoringReport report = report(reportId);
    Figures figures = organizationFigures(report, now);
    return "**" + report.getKind().title() + "**\n\n**" + Markdown.text(report.getOrganization().getName()) + "**, "
        + report.getCampaign().periodTitle()
        + ". Срок представления: " + MonitoringDocuments.dateTime(report.getDueAt(), zone(report)) + ".\n\n"
        + "Показатели, известные системе на " + MonitoringDocuments.date(now, zone(report)) + ":\n\n"
        + markdown(figures) + "\n\n" + links(reportId);
  }

  /** The name of the curators' task for the report (the December report or the self-diagnostics). */
  @Transactional(readOnly = true)
  public String reportTaskName(Long reportId) {
    MonitoringReport report = report(reportId);
    return TaskForm.name(report.getKind().taskName(), report.getOrganization().getShortName());
  }

  /** The curator's report: the figures are frozen as they are now; comments are the curator's. */
  public void submitOrganizationReport(Long reportId, Object comments, Object difficulties, Object plans, String by, Instant now) {
    MonitoringReport report = report(reportId);
    String comment = FormValues.requiredText(comments, "reportComments", "Опишите, как реализуется наставничество в организации", 4000);
    String difficulty = FormValues.optionalText(difficulties, "reportDifficulties", 4000);
    String plan = FormValues.optionalText(plans, "reportPlans", 4000);
    if (report.getStatus().isFiled()) {
      throw new BusinessRuleException("Отчёт уже представлен");
    }
    report.submit(write(new Snapshot(List.of(organizationFigures(report, now)), null, now)), comment, difficulty, plan,
        null, by, now);
  }

  public void remindOrganizationReport(Long reportId) {
    MonitoringReport report = report(reportId);
    if (report.getStatus().isFiled()) {
      return;
    }
    notifier.notifyGroup(GroupNames.curators(report.getOrganization().getCode()),
        "Напоминание: " + report.getKind().title(),
        "Срок представления за " + report.getCampaign().periodTitle() + " — "
            + MonitoringDocuments.dateTime(report.getDueAt(), zone(report)) + ". Задача ждёт вас в Tasklist.");
  }

  /** The report is late: the director, the coordinator and the department learn it (weekly while late). */
  public void escalateMissingReport(Long reportId) {
    MonitoringReport report = report(reportId);
    if (report.getStatus().isFiled()) {
      return;
    }
    report.markOverdue();
    Organization organization = report.getOrganization();
    String municipality = organization.getMunicipality().getCode();
    String subject = (report.getKind() == ReportKind.ORGANIZATION ? "Не представлен отчёт о наставничестве: "
        : "Не представлена справка самодиагностики: ") + organization.getShortName();
    String body = organization.getName() + " не представила в срок: " + report.getKind().title() + " за "
        + report.getCampaign().periodTitle() + " (срок — " + MonitoringDocuments.dateTime(report.getDueAt(), zone(report))
        + "). Напоминание № " + report.getEscalations() + ".";
    notifier.notifyGroup(GroupNames.directors(organization.getCode()), subject, body);
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }

  // --- municipal report -----------------------------------------------------------------------

  /** Creates the municipal report (filed by the methodical centre) and tells the coordinators who has not reported. */
  public Long prepareMunicipalReport(Long campaignId, Instant now) {
    MonitoringCampaign campaign = campaign(campaignId);
    Organization centre = municipalBody(campaign.getMunicipality(), OrganizationKind.METHODICAL_CENTER);
    Instant due = timeline(campaignId).get(MonitoringStage.ANALYTIC_REPORT_DUE);
    MonitoringReport report = reports.findByCampaignIdAndKindAndOrganizationId(campaignId, ReportKind.MUNICIPAL, centre.getId())
        .orElseGet(() -> reports.save(new MonitoringReport(campaign, ReportKind.MUNICIPAL, centre, due, now)));
    List<String> missing = missingReports(campaignId);
    notifier.notifyGroup(GroupNames.coordinators(campaign.getMunicipality().getCode()),
        "Подготовьте аналитический отчёт о мониторинге наставничества",
        "Срок направления отчёта в орган управления образованием — " + MonitoringDocuments.dateTime(due, campaign.getMunicipality().getTimeZone())
            + ". " + (missing.isEmpty() ? "Все организации представили отчёты."
            : "Не представили отчёты: " + String.join(", ", missing) + "."));
    return report.getId();
  }

  /** What the coordinator sees in the task: the aggregated figures, who has not reported, the department's comment. */
  @Transactional(readOnly = true)
  public String municipalReportText(Long reportId, Instant now) {
    MonitoringReport report = report(reportId);
    Municipality municipality = report.getOrganization().getMunicipality();
    List<Figures> rows = municipalFigures(report, now);
    List<String> missing = missingReports(report.getCampaign().getId());
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

  /** The coordinator's conclusions; the figures are frozen as they are now. */
  public void sendMunicipalReport(Long reportId, Object conclusions, String by, Instant now) {
    MonitoringReport report = report(reportId);
    String text = FormValues.requiredText(conclusions, "reportConclusions", "Напишите выводы и предложения по итогам мониторинга", 8000);
    if (report.getStatus() == ReportStatus.ACKNOWLEDGED) {
      throw new BusinessRuleException("Отчёт уже принят органом управления образованием");
    }
    List<Figures> rows = municipalFigures(report, now);
    report.submit(write(new Snapshot(rows, metrics.total(report.getOrganization().getMunicipality().getName(), rows), now)),
        null, null, null, text, by, now);
  }

  /** The department acknowledges the report or returns it with a comment; true when acknowledged. */
  public boolean reviewMunicipalReport(Long reportId, Object decision, Object comment, String by, Instant now) {
    MonitoringReport report = report(reportId);
    String value = FormValues.text(decision);
    if (!"ACKNOWLEDGE".equals(value) && !"RETURN".equals(value)) {
      throw new BusinessRuleException("reviewDecision", "Выберите решение: принять отчёт или вернуть на доработку");
    }
    boolean accepted = "ACKNOWLEDGE".equals(value);
    String text = accepted ? FormValues.optionalText(comment, "reviewComment", 2000)
        : FormValues.requiredText(comment, "reviewComment", "Укажите, что нужно доработать в отчёте", 2000);
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      throw new BusinessRuleException("Отчёт ещё не направлен координатором");
    }
    report.review(accepted, text, by, now);
    if (!accepted) {
      notifier.notifyGroup(GroupNames.coordinators(report.getOrganization().getMunicipality().getCode()),
          "Аналитический отчёт возвращён на доработку", text);
    }
    return accepted;
  }

  public void remindMunicipalReport(Long reportId) {
    MonitoringReport report = report(reportId);
    if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.ACKNOWLEDGED) {
      return;
    }
    report.markOverdue();
    String municipality = report.getOrganization().getMunicipality().getCode();
    String subject = "Аналитический отчёт о мониторинге наставничества не направлен в срок";
    String body = "Срок — " + MonitoringDocuments.dateTime(report.getDueAt(), zone(report)) + ". Задача координатора ещё открыта.";
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }

  /** The task text of a spring stage: what it is, its date and the municipality's figures now. */
  @Transactional(readOnly = true)
  public String stageText(Long campaignId, ReportKind kind, Instant now) {
    MonitoringCampaign campaign = campaign(campaignId);
    Municipality municipality = campaign.getMunicipality();
    List<Figures> rows = metrics.byOrganization(municipality.getId(), null, period(campaign, now));
    return "**" + kind.title() + "**, " + Markdown.text(municipality.getName()) + ", " + campaign.periodTitle() + ". Срок: "
        + MonitoringDocuments.dateTime(stageDue(campaignId, kind), municipality.getTimeZone()) + ".\n\n"
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

  /** The code of the body that files the municipal report (the methodical centre). */
  @Transactional(readOnly = true)
  public String reportingBodyCode(Long campaignId) {
    return municipalBody(campaign(campaignId).getMunicipality(), OrganizationKind.METHODICAL_CENTER).getCode();
  }

  // --- spring stages --------------------------------------------------------------------------

  /** The stage's document: a summary written by the coordinator (or the department for decisions). */
  public void recordStage(Long campaignId, ReportKind kind, Object summary, String by, Instant now) {
    String text = FormValues.requiredText(summary, "stageSummary", "Кратко изложите результаты", 8000);
    MonitoringCampaign campaign = campaign(campaignId);
    Organization body = municipalBody(campaign.getMunicipality(),
        kind == ReportKind.MANAGEMENT_DECISIONS ? OrganizationKind.DEPARTMENT : OrganizationKind.METHODICAL_CENTER);
    MonitoringReport report = reports.findByCampaignIdAndKindAndOrganizationId(campaignId, kind, body.getId())
        .orElseGet(() -> reports.save(new MonitoringReport(campaign, kind, body, stageDue(campaignId, kind), now)));
    List<Figures> rows = municipalFigures(report, now);
    report.submit(write(new Snapshot(rows, metrics.total(campaign.getMunicipality().getName(), rows), now)),
        null, null, null, text, by, now);
  }

  public void escalateStage(Long campaignId, ReportKind kind) {
    MonitoringCampaign campaign = campaign(campaignId);
    String municipality = campaign.getMunicipality().getCode();
    String subject = "Срок этапа мониторинга прошёл: " + kind.title();
    String body = "Этап мониторинга за " + campaign.periodTitle() + " не завершён в срок ("
        + MonitoringDocuments.dateTime(stageDue(campaignId, kind), campaign.getMunicipality().getTimeZone()) + ").";
    notifier.notifyGroup(GroupNames.coordinators(municipality), subject, body);
    notifier.notifyGroup(GroupNames.managers(municipality), subject, body);
  }

  Instant stageDue(Long campaignId, ReportKind kind) {
    Map<MonitoringStage, Instant> timeline = timeline(campaignId);
    return switch (kind) {
      case ORGANIZATION -> timeline.get(MonitoringStage.ORG_REPORTS_DUE);
      case SCHOOL_SELF_DIAGNOSTICS -> timeline.get(MonitoringStage.EFFECTIVENESS_DUE);
      case MUNICIPAL -> timeline.get(MonitoringStage.ANALYTIC_REPORT_DUE);
      case PROGRAM_ASSESSMENT -> timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_DUE);
      case EFFECTIVENESS -> timeline.get(MonitoringStage.EFFECTIVENESS_DUE);
      case SELF_DIAGNOSTICS, MANAGEMENT_DECISIONS -> timeline.get(MonitoringStage.DECISIONS_DUE);
    };
  }

  // --- views ----------------------------------------------------------------------------------

  /** One report in the campaign's overview. */
  public record ReportRow(Long id, String kind, String kindTitle, Long organizationId, String organization,
      String status, String statusTitle, Instant dueAt, Instant submittedAt, boolean late, int escalations, int returns) {}

  /** A campaign with its reports; {@code notReported} are the organizations still owing their report. */
  public record CampaignView(Long id, Long municipalityId, String municipality, int academicYear, String period, String status,
      Map<MonitoringStage, Instant> timeline, List<ReportRow> reports, List<String> notReported) {}

  @Transactional(readOnly = true)
  public List<CampaignView> campaigns(Long municipalityId, CurrentUser user) {
    Municipality municipality = organizations.municipality(municipalityId);
    requireStaff(user, municipality);
    return campaigns.findByMunicipalityIdOrderByAcademicYearDesc(municipalityId).stream().map(c -> view(c.getId())).toList();
  }

  @Transactional(readOnly = true)
  public CampaignView campaign(Long campaignId, CurrentUser user) {
    requireStaff(user, campaign(campaignId).getMunicipality());
    return view(campaignId);
  }

  private CampaignView view(Long campaignId) {
    MonitoringCampaign c = campaign(campaignId);
    List<MonitoringReport> all = reports.findByCampaignIdOrderById(campaignId);
    List<ReportRow> rows = all.stream()
        .map(r -> new ReportRow(r.getId(), r.getKind().name(), r.getKind().title(), r.getOrganization().getId(),
            r.getOrganization().getShortName(), r.getStatus().name(), r.getStatus().title(), r.getDueAt(), r.getSubmittedAt(),
            r.isLate(), r.getEscalations(), r.getReturns()))
        .toList();
    return new CampaignView(c.getId(), c.getMunicipality().getId(), c.getMunicipality().getName(), c.getAcademicYear(),
        c.periodTitle(), c.getStatus().name(), timeline(campaignId), rows, missing(all, ReportKind.ORGANIZATION));
  }

  /** Live figures of a municipality (or one organization) for an academic year, as of now. */
  @Transactional(readOnly = true)
  public FiguresView figures(Long municipalityId, Long organizationId, Integer academicYear, CurrentUser user, Instant now) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (organizationId != null) {
      Organization organization = organizations.organization(organizationId);
      if (!organization.getMunicipality().getId().equals(municipalityId) || !access.canSeeOrganization(user, organization)
          || !(access.isMunicipalStaff(user, municipality) || access.canSeePeopleOf(user, organization))) {
        throw new ForbiddenException("Показатели организации доступны её куратору и руководителю, координатору и органу управления");
      }
    } else {
      requireStaff(user, municipality);
    }
    ZoneId zone = municipality.getTimeZone();
    int year = academicYear == null ? academicYear(now, zone) : academicYear;
    Instant periodEnd = LocalDate.of(year + 1, 9, 1).atStartOfDay(zone).toInstant();
    Instant asOf = now.isBefore(periodEnd) ? now : periodEnd.minusSeconds(1);
    List<Figures> rows = metrics.byOrganization(municipalityId, organizationId,
        new MonitoringMetrics.Period(LocalDate.of(year, 9, 1), asOf, zone));
    return new FiguresView(municipality.getName(), year, new AcademicYear(year).title(), asOf, rows,
        metrics.total(municipality.getName(), rows));
  }

  /** Figures of a year as the REST API returns them. */
  public record FiguresView(String municipality, int academicYear, String period, Instant asOf, List<Figures> organizations,
      Figures total) {}

  /** Everything a document of the report needs. */
  @Transactional(readOnly = true)
  public MonitoringDocuments.Content documentContent(Long reportId, CurrentUser user, Instant now) {
    MonitoringReport report = report(reportId);
    Organization organization = report.getOrganization();
    // Without a user the system itself builds the documents (attached to the process).
    boolean allowed = user == null || access.isMunicipalStaff(user, organization.getMunicipality())
        || (report.getKind().isFiledBySchools() && access.canSeePeopleOf(user, organization));
    if (!allowed) {
      throw new ForbiddenException("Отчёт доступен организации, которая его представляет, координатору и органу управления");
    }
    Municipality municipality = organization.getMunicipality();
    ZoneId zone = zone(report);
    Snapshot snapshot = report.getFigures() == null ? null : read(report.getFigures());
    List<Figures> rows;
    Figures total;
    Instant asOf;
    if (snapshot != null) {
      rows = snapshot.organizations();
      total = snapshot.total() != null ? snapshot.total() : rows.get(0);
      asOf = snapshot.asOf();
    } else {
      rows = report.getKind().isFiledBySchools() ? List.of(organizationFigures(report, now)) : municipalFigures(report, now);
      total = report.getKind().isFiledBySchools() ? rows.get(0) : metrics.total(municipality.getName(), rows);
      asOf = now;
    }
    boolean school = report.getKind().isFiledBySchools();
    ReportKind schoolKind = report.getKind() == ReportKind.SELF_DIAGNOSTICS ? ReportKind.SCHOOL_SELF_DIAGNOSTICS
        : ReportKind.ORGANIZATION;
    List<MonitoringReport> campaignReports = school ? List.of() : reports.findByCampaignIdOrderById(report.getCampaign().getId());
    List<String> missing = school ? List.of() : missing(campaignReports, schoolKind);
    int asked = (int) campaignReports.stream().filter(r -> r.getKind() == schoolKind).count();
    int roadmapYear = asOf.atZone(zone).getYear();
    DashboardService.RoadmapYear roadmap = school ? null
        : dashboard.roadmapYear(municipality.getId(), roadmapYear, asOf.atZone(zone).toLocalDate());

    Optional<Officials.Official> filer = officials.byLogin(report.getSubmittedBy());
    Officials.Official signer = officials.of(organization.getId(), Role.DIRECTOR)
        .or(() -> school ? Optional.empty() : filer.or(() -> officials.coordinatorOf(municipality.getId())))
        .orElse(null);
    Officials.Official executor = filer
        .or(() -> school ? officials.of(organization.getId(), Role.CURATOR) : officials.coordinatorOf(municipality.getId()))
        .orElse(null);

    return new MonitoringDocuments.Content(report.getId(), report.getKind(), organization.getName(), municipality.getName(),
        OfficialDocx.place(municipality.getName()), report.getCampaign().periodTitle(), asOf, zone,
        report.getStatus().title(), report.getStatus().isFiled(), total, previousYear(report, asOf),
        school ? List.of() : rows, missing, asked,
        new MonitoringDocuments.Texts(report.getComments(), report.getDifficulties(), report.getPlans(), report.getConclusions()),
        roadmap, roadmapYear, signer == null ? null : signer.signer(),
        executor == null ? null : executor.executor(organization.getEmail()));
  }

  /**
   * The previous academic year's figures of the same report: those frozen in last year's report
   * when it was filed (what was reported and signed), otherwise computed by
   * {@link MonitoringMetrics} exactly as this year's, for the same part of last year (from
   * 1 September to the same day a year before the report's date).
   */
  private MonitoringDocuments.Previous previousYear(MonitoringReport report, Instant asOf) {
    MonitoringCampaign campaign = report.getCampaign();
    Municipality municipality = campaign.getMunicipality();
    ZoneId zone = municipality.getTimeZone();
    int year = campaign.getAcademicYear() - 1;
    String period = new AcademicYear(year).title();
    boolean school = report.getKind().isFiledBySchools();
    Optional<Snapshot> filed = campaigns.findByMunicipalityIdAndAcademicYear(municipality.getId(), year)
        .flatMap(c -> reports.findByCampaignIdAndKindAndOrganizationId(c.getId(), report.getKind(), report.getOrganization().getId()))
        .filter(r -> r.getFigures() != null)
        .map(r -> read(r.getFigures()));
    if (filed.isPresent()) {
      Snapshot snapshot = filed.get();
      Figures total = snapshot.total() != null ? snapshot.total() : snapshot.organizations().get(0);
      return new MonitoringDocuments.Previous(period, total, "Показатели " + period.replace("учебный год", "учебного года")
          + " — из отчёта за тот год (данные на " + MonitoringDocuments.date(snapshot.asOf(), zone) + ").");
    }
    Instant previousAsOf = asOf.atZone(zone).minusYears(1).toInstant();
    MonitoringMetrics.Period previous = new MonitoringMetrics.Period(LocalDate.of(year, 9, 1), previousAsOf, zone);
    List<Figures> rows = metrics.byOrganization(municipality.getId(), school ? report.getOrganization().getId() : null, previous);
    Figures total = school ? rows.get(0) : metrics.total(municipality.getName(), rows);
    return new MonitoringDocuments.Previous(period, total, "Показатели " + period.replace("учебный год", "учебного года")
        + " рассчитаны системой по тем же правилам за тот же срок прошлого года: с 01.09." + year + " по "
        + MonitoringDocuments.date(previousAsOf, zone) + ".");
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Organizations asked for their December report that have not filed it, by short name. */
  List<String> missingReports(Long campaignId) {
    return missingReports(campaignId, ReportKind.ORGANIZATION);
  }

  /** Organizations asked for a report of the kind that have not filed it, by short name. */
  List<String> missingReports(Long campaignId, ReportKind kind) {
    return missing(reports.findByCampaignIdOrderById(campaignId), kind);
  }

  private static List<String> missing(List<MonitoringReport> all, ReportKind kind) {
    return all.stream()
        .filter(r -> r.getKind() == kind && !r.getStatus().isFiled())
        .map(r -> r.getOrganization().getShortName()).sorted().toList();
  }

  private Figures organizationFigures(MonitoringReport report, Instant now) {
    MonitoringCampaign campaign = report.getCampaign();
    return metrics.byOrganization(campaign.getMunicipality().getId(), report.getOrganization().getId(), period(campaign, now)).get(0);
  }

  private List<Figures> municipalFigures(MonitoringReport report, Instant now) {
    MonitoringCampaign campaign = report.getCampaign();
    return metrics.byOrganization(campaign.getMunicipality().getId(), null, period(campaign, now));
  }

  private static MonitoringMetrics.Period period(MonitoringCampaign campaign, Instant now) {
    ZoneId zone = campaign.getMunicipality().getTimeZone();
    Instant end = campaign.periodEnd().plusDays(1).atStartOfDay(zone).toInstant();
    return new MonitoringMetrics.Period(campaign.periodStart(), now.isBefore(end) ? now : end.minusSeconds(1), zone);
  }

  private Organization municipalBody(Municipality municipality, OrganizationKind kind) {
    List<Organization> all = organizationRepository.findByMunicipalityIdOrderByName(municipality.getId());
    return all.stream().filter(o -> o.getKind() == kind).findFirst()
        .or(() -> all.stream().filter(o -> !o.getKind().isEducational()).findFirst())
        .orElseThrow(() -> new BusinessRuleException("В муниципалитете «" + municipality.getName()
            + "» нет ни органа управления образованием, ни методического центра: некому представить отчёт"));
  }

  private void requireStaff(CurrentUser user, Municipality municipality) {
    if (!access.isMunicipalStaff(user, municipality)) {
      throw new ForbiddenException("Мониторинг муниципалитета доступен его координатору и органу управления образованием");
    }
  }

  private MonitoringCampaign campaign(Long id) {
    return campaigns.findWithMunicipalityById(id)
        .orElseThrow(() -> new NotFoundException("Год мониторинга № " + id + " не найден"));
  }

  private MonitoringReport report(Long id) {
    return reports.findWithOrganizationById(id).orElseThrow(() -> new NotFoundException("Отчёт мониторинга № " + id + " не найден"));
  }

  private static ZoneId zone(MonitoringReport report) {
    return report.getOrganization().getMunicipality().getTimeZone();
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




  /** The figures frozen when a report was filed. */
  record Snapshot(List<Figures> organizations, Figures total, Instant asOf) {}

  private static String write(Snapshot snapshot) {
    try {
      return JSON.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Snapshot read(String json) {
    try {
      return JSON.readValue(json, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Снимок показателей отчёта не читается", e);
    }
  }
}
