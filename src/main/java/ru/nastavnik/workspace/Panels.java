package ru.nastavnik.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.dashboard.DashboardService.Dashboard;
import ru.nastavnik.monitoring.Figures;
import ru.nastavnik.monitoring.MonitoringMetrics;

/**
 * The figures of the panels, taken from the dashboard (which checks who may see them) and from
 * the monitoring figures (the same counting rules as the reports): nothing is counted here anew.
 */
@Component
@Transactional(readOnly = true)
class Panels {

  private final DashboardService dashboards;
  private final MonitoringMetrics metrics;
  private final WorkspaceQueries queries;
  private final Clock clock;

  Panels(DashboardService dashboards, MonitoringMetrics metrics, WorkspaceQueries queries, Clock clock) {
    this.dashboards = dashboards;
    this.metrics = metrics;
    this.queries = queries;
    this.clock = clock;
  }

  /** A school's panel; refused (403) to anyone but its curator, director and the municipality's staff. */
  SchoolPanel school(CurrentUser user, Long organizationId) {
    Dashboard dashboard = dashboards.organizationDashboard(user, organizationId, null);
    WorkspaceQueries.SchoolInfo school = queries.school(user, organizationId);
    Periods periods = periods(school.zone());
    Figures month = one(metrics.byOrganization(school.municipalityId(), organizationId, periods.month()));
    Figures year = one(metrics.byOrganization(school.municipalityId(), organizationId, periods.year()));
    List<WorkspaceQueries.RequestRow> waiting = queries.requests(user, organizationId).stream()
        .filter(WorkspaceQueries.RequestRow::waiting)
        .sorted(Comparator.comparingLong(WorkspaceQueries.RequestRow::waitingDays).reversed()).limit(5).toList();
    return new SchoolPanel(school, dashboard, month, year, waiting, periods.monthStart());
  }

  /** A municipality's panel: its figures summed, with a row per organization; to its staff only. */
  MunicipalityPanel municipality(CurrentUser user, Long municipalityId) {
    Dashboard dashboard = dashboards.dashboard(user, municipalityId, null, null);
    ZoneId zone = queries.zoneOf(municipalityId);
    Periods periods = periods(zone);
    List<Figures> month = metrics.byOrganization(municipalityId, null, periods.month());
    List<Figures> year = metrics.byOrganization(municipalityId, null, periods.year());
    List<Row> rows = month.stream().map(m -> new Row(m, year.stream()
        .filter(y -> y.organizationId().equals(m.organizationId())).findFirst().orElse(m))).toList();
    return new MunicipalityPanel(dashboard, rows, new Row(metrics.total("Итого", month), metrics.total("Итого", year)),
        periods.monthStart());
  }

  private Periods periods(ZoneId zone) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate monthStart = today.withDayOfMonth(1);
    // The school year starts on 1 September: feedback and waiting are counted from it.
    LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    Instant monthEnd = monthStart.plusMonths(1).atStartOfDay(zone).toInstant();
    return new Periods(monthStart, new MonitoringMetrics.Period(monthStart, monthEnd, zone),
        new MonitoringMetrics.Period(yearStart, now, zone));
  }

  private static Figures one(List<Figures> figures) {
    return figures.get(0);
  }

  private record Periods(LocalDate monthStart, MonitoringMetrics.Period month, MonitoringMetrics.Period year) {}

  /**
   * A school's panel: the dashboard (coverage, pairs by stage, overdue roadmap items), the
   * month's meetings ({@code month}), feedback and waiting since the school year began ({@code year}).
   */
  public record SchoolPanel(WorkspaceQueries.SchoolInfo school, Dashboard dashboard, Figures month, Figures year,
      List<WorkspaceQueries.RequestRow> longestWaiting, LocalDate monthStart) {

    public DashboardService.Coverage coverage() {
      return dashboard.coverage().isEmpty() ? null : dashboard.coverage().get(0);
    }

    public int feedbackMissing() { return year.feedbackDue() - year.feedbackGiven(); }

    public String monthTitle() { return Panels.monthTitle(monthStart); }
  }

  static String monthTitle(LocalDate monthStart) {
    return FormDates.ruMonth(monthStart);
  }

  /** One organization's (or the total's) figures of the month and of the school year. */
  public record Row(Figures month, Figures year) {
    public int feedbackMissing() { return year.feedbackDue() - year.feedbackGiven(); }
  }

  public record MunicipalityPanel(Dashboard dashboard, List<Row> rows, Row total, LocalDate monthStart) {
    public String monthTitle() { return Panels.monthTitle(monthStart); }
  }
}
