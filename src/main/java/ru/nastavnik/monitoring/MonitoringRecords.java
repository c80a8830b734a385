package ru.nastavnik.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * What the monitoring services share: the campaign and the report by id, who has not reported,
 * a report's live figures, the municipal body that files the municipal documents and the rule
 * that the municipality's monitoring is for its staff.
 */
@Component
class MonitoringRecords {

  private final MonitoringCampaignRepository campaigns;
  private final MonitoringReportRepository reports;
  private final MonitoringMetrics metrics;
  private final OrganizationAccess access;
  // The system acts without a user in timer jobs: this reads without the user's visibility filter.
  private final OrganizationRepository organizations;

  MonitoringRecords(MonitoringCampaignRepository campaigns, MonitoringReportRepository reports, MonitoringMetrics metrics,
      OrganizationAccess access, OrganizationRepository organizations) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.metrics = metrics;
    this.access = access;
    this.organizations = organizations;
  }

  MonitoringCampaign campaign(Long id) {
    return campaigns.findWithMunicipalityById(id)
        .orElseThrow(() -> new NotFoundException("Год мониторинга № " + id + " не найден"));
  }

  MonitoringReport report(Long id) {
    return reports.findWithOrganizationById(id).orElseThrow(() -> new NotFoundException("Отчёт мониторинга № " + id + " не найден"));
  }

  static ZoneId zone(MonitoringReport report) {
    return report.getOrganization().getMunicipality().getTimeZone();
  }

  /** Organizations asked for their December report that have not filed it, by short name. */
  List<String> missingReports(Long campaignId) {
    return missing(reports.findByCampaignIdOrderById(campaignId), ReportKind.ORGANIZATION);
  }

  /** Of the reports, the organizations asked for one of the kind that have not filed it, by short name. */
  static List<String> missing(List<MonitoringReport> all, ReportKind kind) {
    return all.stream()
        .filter(r -> r.getKind() == kind && !r.getStatus().isFiled())
        .map(r -> r.getOrganization().getShortName()).sorted().toList();
  }

  /** The organization's figures of the report's year as of now. */
  Figures organizationFigures(MonitoringReport report, Instant now) {
    MonitoringCampaign campaign = report.getCampaign();
    return metrics.byOrganization(campaign.getMunicipality().getId(), report.getOrganization().getId(), period(campaign, now)).get(0);
  }

  /** Every organization's figures of the campaign's municipality and year as of now. */
  List<Figures> municipalFigures(MonitoringCampaign campaign, Instant now) {
    return metrics.byOrganization(campaign.getMunicipality().getId(), null, period(campaign, now));
  }

  /** The figures of every organization frozen with their sum. */
  FiguresSnapshot municipalSnapshot(MonitoringCampaign campaign, Instant now) {
    List<Figures> rows = municipalFigures(campaign, now);
    return new FiguresSnapshot(rows, metrics.total(campaign.getMunicipality().getName(), rows), now);
  }

  private static MonitoringMetrics.Period period(MonitoringCampaign campaign, Instant now) {
    ZoneId zone = campaign.getMunicipality().getTimeZone();
    Instant end = campaign.periodEnd().plusDays(1).atStartOfDay(zone).toInstant();
    return new MonitoringMetrics.Period(campaign.periodStart(), now.isBefore(end) ? now : end.minusSeconds(1), zone);
  }

  /** The municipal body of the kind, else any that is not a school: who files the municipal documents. */
  Organization municipalBody(Municipality municipality, OrganizationKind kind) {
    List<Organization> all = organizations.findByMunicipalityIdOrderByName(municipality.getId());
    return all.stream().filter(o -> o.getKind() == kind).findFirst()
        .or(() -> all.stream().filter(o -> !o.getKind().isEducational()).findFirst())
        .orElseThrow(() -> new BusinessRuleException("В муниципалитете «" + municipality.getName()
            + "» нет ни органа управления образованием, ни методического центра: некому представить отчёт"));
  }

  void requireStaff(CurrentUser user, Municipality municipality) {
    if (!access.isMunicipalStaff(user, municipality)) {
      throw new ForbiddenException("Мониторинг муниципалитета доступен его координатору и органу управления образованием");
    }
  }
}
