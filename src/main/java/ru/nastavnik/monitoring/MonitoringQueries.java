package ru.nastavnik.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.documents.Officials;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * What the monitoring shows: the campaigns of a municipality with who has not reported, the live
 * figures of a year, and everything a report's documents need (the frozen or live figures, the
 * previous year's, the roadmap, the signer and the executor).
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

  private final MonitoringCampaignRepository campaigns;
  private final MonitoringReportRepository reports;
  private final MonitoringRecords records;
  private final MonitoringSchedule schedule;
  private final MonitoringMetrics metrics;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final DashboardService dashboard;
  private final Officials officials;

  MonitoringQueries(MonitoringCampaignRepository campaigns, MonitoringReportRepository reports, MonitoringRecords records,
      MonitoringSchedule schedule, MonitoringMetrics metrics, OrganizationService organizations, OrganizationAccess access,
      DashboardService dashboard, Officials officials) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.records = records;
    this.schedule = schedule;
    this.metrics = metrics;
    this.organizations = organizations;
    this.access = access;
    this.dashboard = dashboard;
    this.officials = officials;
  }

  /** One report in the campaign's overview. */
  public record ReportRow(Long id, String kind, String kindTitle, Long organizationId, String organization,
      String status, String statusTitle, Instant dueAt, Instant submittedAt, boolean late, int escalations, int returns) {}

  /** A campaign with its reports; {@code notReported} are the organizations still owing their report. */
  public record CampaignView(Long id, Long municipalityId, String municipality, int academicYear, String period, String status,
      Map<MonitoringStage, Instant> timeline, List<ReportRow> reports, List<String> notReported) {}

  /** Figures of a year as the REST API returns them. */
  public record FiguresView(String municipality, int academicYear, String period, Instant asOf, List<Figures> organizations,
      Figures total) {}

  public List<CampaignView> campaigns(CurrentUser user, Long municipalityId) {
    Municipality municipality = organizations.municipality(municipalityId);
    records.requireStaff(user, municipality);
    return campaigns.findByMunicipalityIdOrderByAcademicYearDesc(municipalityId).stream().map(c -> view(c.getId())).toList();
  }

  public CampaignView campaign(CurrentUser user, Long campaignId) {
    records.requireStaff(user, records.campaign(campaignId).getMunicipality());
    return view(campaignId);
  }

  private CampaignView view(Long campaignId) {
    MonitoringCampaign c = records.campaign(campaignId);
    List<MonitoringReport> all = reports.findByCampaignIdOrderById(campaignId);
    List<ReportRow> rows = all.stream()
        .map(r -> new ReportRow(r.getId(), r.getKind().name(), r.getKind().title(), r.getOrganization().getId(),
            r.getOrganization().getShortName(), r.getStatus().name(), r.getStatus().title(), r.getDueAt(), r.getSubmittedAt(),
            r.isLate(), r.getEscalations(), r.getReturns()))
        .toList();
    return new CampaignView(c.getId(), c.getMunicipality().getId(), c.getMunicipality().getName(), c.getAcademicYear(),
        c.periodTitle(), c.getStatus().name(), schedule.timeline(campaignId), rows,
        MonitoringRecords.missing(all, ReportKind.ORGANIZATION));
  }

  /** Live figures of a municipality (or one organization) for an academic year, as of now. */
  public FiguresView figures(CurrentUser user, Long municipalityId, Long organizationId, Integer academicYear, Instant now) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (organizationId != null) {
      Organization organization = organizations.organization(user, organizationId);
      if (!organization.getMunicipality().getId().equals(municipalityId) || !access.canSeeOrganization(user, organization)
          || !(access.isMunicipalStaff(user, municipality) || access.canSeePeopleOf(user, organization))) {
        throw new ForbiddenException("Показатели организации доступны её куратору и руководителю, координатору и органу управления");
      }
    } else {
      records.requireStaff(user, municipality);
    }
    ZoneId zone = municipality.getTimeZone();
    int year = academicYear == null ? MonitoringSchedule.academicYear(now, zone) : academicYear;
    Instant periodEnd = LocalDate.of(year + 1, 9, 1).atStartOfDay(zone).toInstant();
    Instant asOf = now.isBefore(periodEnd) ? now : periodEnd.minusSeconds(1);
    List<Figures> rows = metrics.byOrganization(municipalityId, organizationId,
        new MonitoringMetrics.Period(LocalDate.of(year, 9, 1), asOf, zone));
    return new FiguresView(municipality.getName(), year, new AcademicYear(year).title(), asOf, rows,
        metrics.total(municipality.getName(), rows));
  }

  /** The code of the organization that files the report: the tag of its documents' timings. */
  public String organizationCode(Long reportId) {
    return records.report(reportId).getOrganization().getCode();
  }

  /** Everything a document of the report needs, for a user who may see the report. */
  public MonitoringDocuments.Content documentContent(CurrentUser user, Long reportId, Instant now) {
    MonitoringReport report = records.report(reportId);
    Organization organization = report.getOrganization();
    boolean allowed = access.isMunicipalStaff(user, organization.getMunicipality())
        || (report.getKind().isFiledBySchools() && access.canSeePeopleOf(user, organization));
    if (!allowed) {
      throw new ForbiddenException("Отчёт доступен организации, которая его представляет, координатору и органу управления");
    }
    return documentContent(reportId, now);
  }

  /** Everything a document of the report needs, as the system builds it (to attach to the process). */
  public MonitoringDocuments.Content documentContent(Long reportId, Instant now) {
    MonitoringReport report = records.report(reportId);
    Organization organization = report.getOrganization();
    Municipality municipality = organization.getMunicipality();
    ZoneId zone = MonitoringRecords.zone(report);
    boolean school = report.getKind().isFiledBySchools();
    FiguresSnapshot snapshot = report.getFigures() == null ? null : FiguresSnapshot.parse(report.getFigures());
    List<Figures> rows;
    Figures total;
    Instant asOf;
    if (snapshot != null) {
      rows = snapshot.organizations();
      total = snapshot.totalOrFirst();
      asOf = snapshot.asOf();
    } else {
      rows = school ? List.of(records.organizationFigures(report, now)) : records.municipalFigures(report.getCampaign(), now);
      total = school ? rows.get(0) : metrics.total(municipality.getName(), rows);
      asOf = now;
    }
    ReportKind schoolKind = report.getKind() == ReportKind.SELF_DIAGNOSTICS ? ReportKind.SCHOOL_SELF_DIAGNOSTICS
        : ReportKind.ORGANIZATION;
    List<MonitoringReport> campaignReports = school ? List.of() : reports.findByCampaignIdOrderById(report.getCampaign().getId());
    List<String> missing = school ? List.of() : MonitoringRecords.missing(campaignReports, schoolKind);
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
    Optional<FiguresSnapshot> filed = campaigns.findByMunicipalityIdAndAcademicYear(municipality.getId(), year)
        .flatMap(c -> reports.findByCampaignIdAndKindAndOrganizationId(c.getId(), report.getKind(), report.getOrganization().getId()))
        .filter(r -> r.getFigures() != null)
        .map(r -> FiguresSnapshot.parse(r.getFigures()));
    if (filed.isPresent()) {
      FiguresSnapshot snapshot = filed.get();
      return new MonitoringDocuments.Previous(period, snapshot.totalOrFirst(), "Показатели "
          + period.replace("учебный год", "учебного года")
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
}
