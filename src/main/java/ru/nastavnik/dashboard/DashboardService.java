package ru.nastavnik.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.program.ProgramRole;
import ru.nastavnik.reporting.ReportingRules;
import ru.nastavnik.reporting.ReportingSums;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * Figures of the managers' dashboard, every one aggregated in SQL ({@code group by}, nothing is
 * loaded entity by entity). Only the municipality's coordinators and managers (and the
 * administrator) see it.
 *
 * <p>Filters: {@code organizationId} narrows every figure to one organization of the
 * municipality; {@code year} is a <b>calendar</b> year (1 January – 31 December in the
 * municipality's time zone) and applies to:
 * <ul>
 *   <li>roadmap occurrences by the year of their due date (occurrences still waiting for their
 *       date are left out when a year is chosen);</li>
 *   <li>indicators by {@code indicator_year};</li>
 *   <li>satisfaction by the year the rating was submitted;</li>
 *   <li>pairs by stage by the year the pair was proposed.</li>
 * </ul>
 * Coverage of young specialists, requests waiting for a mentor and mentors in the bank describe
 * the current state and ignore the year. Without a year every figure covers all years. The
 * roadmap figures (sections, indicators, overdue occurrences) are counted by
 * {@link RoadmapProgressQueries}, which defines done, open and overdue.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private final NamedParameterJdbcTemplate jdbc;
  private final RoadmapProgressQueries roadmaps;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Clock clock;

  DashboardService(NamedParameterJdbcTemplate jdbc, RoadmapProgressQueries roadmaps, OrganizationService organizations,
      OrganizationAccess access, Clock clock) {
    this.jdbc = jdbc;
    this.roadmaps = roadmaps;
    this.organizations = organizations;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Figures of a municipality, optionally of one of its organizations and of one calendar year.
   *
   * @throws ForbiddenException for anyone but the municipality's staff (a curator included)
   * @throws BusinessRuleException for an organization of another municipality or an absurd year
   */
  public Dashboard dashboard(CurrentUser user, Long municipalityId, Long organizationId, Integer year) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (!access.isMunicipalStaff(user, municipality)) {
      throw new ForbiddenException("Панель наставничества муниципалитета доступна его координатору и органу управления образованием");
    }
    return build(municipality, organizationId, year);
  }

  /**
   * The same figures for one organization, for the school's own panel in the workspace: its
   * curator and director see them, as do the municipality's staff.
   */
  public Dashboard organizationDashboard(CurrentUser user, Long organizationId, Integer year) {
    Organization organization = organizations.organization(user, organizationId);
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Панель организации доступна её куратору и руководителю, координатору и органу управления");
    }
    return build(organization.getMunicipality(), organizationId, year);
  }

  private Dashboard build(Municipality municipality, Long organizationId, Integer year) {
    Long municipalityId = municipality.getId();
    if (year != null && (year < 2000 || year > 2100)) {
      throw new BusinessRuleException("year", "Год должен быть от 2000 до 2100, а указан " + year);
    }
    ZoneId zone = municipality.getTimeZone();
    Instant now = clock.instant();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<OrganizationOption> organizationOptions = organizationOptions(municipalityId);
    if (organizationId != null && organizationOptions.stream().noneMatch(o -> o.id().equals(organizationId))) {
      throw new BusinessRuleException("organizationId", "Организация № " + organizationId + " не относится к муниципалитету «"
          + municipality.getName() + "»");
    }
    MapSqlParameterSource params = roadmaps.parameters(municipalityId, organizationId, year, today)
        .addValue("inBank", RequestStatus.inBankNames())
        .addValue("mentorInBank", MentorStatus.APPROVED.name());
    if (year != null) {
      params.addValue("fromInstant", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()))
          .addValue("toInstant", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
    }
    String orgFilter = organizationId == null ? "" : " and o.id = :organization";

    // The organizations' young specialists and those with a mentor are kept (ReportingSums).
    List<Coverage> coverage = jdbc.query("""
        select o.id, o.short_name, coalesce(s.young_specialists, 0), coalesce(s.young_with_mentor, 0)
        from organization o
        left join organization_sums s on s.organization_id = o.id
        where o.municipality_id = :municipality and o.kind in (:educational)""" + orgFilter + " " + """
        order by o.short_name""", params,
        (rs, i) -> Coverage.of(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));

    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (PairStatus status : PairStatus.values()) {
      byStatus.put(status.name(), 0);
    }
    jdbc.query("""
        select mp.status, count(*) from mentoring_pair mp
        join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality""" + orgFilter
        + (year == null ? "" : " and mp.proposed_at >= :fromInstant and mp.proposed_at < :toInstant") + " " + """
        group by mp.status""", params, rs -> {
      byStatus.put(rs.getString(1), rs.getInt(2));
    });
    List<Stage> stages = new ArrayList<>();
    byStatus.forEach((status, count) -> stages.add(new Stage(status, PairStatus.valueOf(status).title(), count)));

    // A request served by a pair that is forming, working or completed does not wait for a mentor
    // (the same rule as the whole-bank assignment); declined and early-ended pairs send it back.
    // Whether it is served is kept on the request (ReportingSums).
    Integer waiting = jdbc.queryForObject("""
        select count(*) from mentoring_request r
        join organization o on o.id = r.organization_id
        where o.municipality_id = :municipality and r.status in (:inBank) and r.served = false""" + orgFilter,
        params, Integer.class);
    Integer mentorsInBank = jdbc.queryForObject("""
        select count(*) from mentor_profile m join organization o on o.id = m.organization_id
        where o.municipality_id = :municipality and m.status = :mentorInBank""" + orgFilter, params, Integer.class);

    List<SectionProgress> sections = roadmaps.sections(params, organizationId, year);
    int overdueTotal = sections.stream().mapToInt(SectionProgress::overdue).sum();
    return new Dashboard(municipality.getId(), municipality.getName(), organizationId, year, today, coverage, stages,
        waiting == null ? 0 : waiting, mentorsInBank == null ? 0 : mentorsInBank, sections,
        roadmaps.indicators(params, organizationId, year), satisfaction(municipalityId, organizationId, year, zone, today),
        roadmaps.overdue(params, organizationId, year, now, zone), overdueTotal,
        new Filters(years(params, zone, today), organizationOptions));
  }

  /**
   * The roadmap figures of a calendar year as the dashboard counts them (sections: done, open,
   * overdue on {@code today}; indicators: plan and fact), for documents the system builds itself —
   * the caller has checked who may read them.
   */
  public RoadmapYear roadmapYear(Long municipalityId, int year, LocalDate today) {
    MapSqlParameterSource params = roadmaps.parameters(municipalityId, null, year, today);
    return new RoadmapYear(roadmaps.sections(params, null, year), roadmaps.indicators(params, null, year));
  }

  /** A year of the municipality's roadmaps: progress by section and indicators plan against fact. */
  public record RoadmapYear(List<SectionProgress> sections, List<IndicatorProgress> indicators) {}

  /**
   * Average rating (1–10) of the meetings held in the year (or ever), both sides' given feedback,
   * per organization of the program — by the rules of {@link ReportingRules}, as the monitoring counts.
   */
  private List<Satisfaction> satisfaction(Long municipalityId, Long organizationId, Integer year, ZoneId zone, LocalDate today) {
    // The ratings are kept by the month their meeting was held in (ReportingSums): a calendar year is twelve
    // of them; a period that ends inside a month (today) reads that month's own ratings up to its end.
    Instant from = (year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1)).atStartOfDay(zone).toInstant();
    Instant to = (year == null ? today.plusDays(1) : LocalDate.of(year + 1, 1, 1)).atStartOfDay(zone).toInstant();
    Instant summedTo = ReportingSums.monthStart(to, zone);
    Instant liveFrom = summedTo.isAfter(from) ? summedTo : from;
    MapSqlParameterSource params = ReportingRules.bind(new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId)
        .addValue("summedFrom", Timestamp.from(from))
        .addValue("summedTo", Timestamp.from(summedTo))
        .addValue("mentee", ProgramRole.MENTEE.name()), liveFrom, to, zone);
    return jdbc.query("""
        select o.id, o.short_name, sum(x.ratings) as ratings, sum(x.total) as total,
               sum(x.mentee_ratings) as mentee_ratings, sum(x.mentee_total) as mentee_total
        from (select s.organization_id, s.ratings, s.total, s.mentee_ratings, s.mentee_total from satisfaction_month s
              where s.month_start >= :summedFrom and s.month_start < :summedTo
              union all
              select p.organization_id, 1, fb.rating, case when fb.author = :mentee then 1 else 0 end,
                     case when fb.author = :mentee then fb.rating else 0 end
              from meeting_feedback fb join program_meeting m on m.id = fb.meeting_id
              join mentoring_program p on p.id = m.program_id
              where\s""" + ReportingRules.HELD_IN_PERIOD + " and " + ReportingRules.FEEDBACK_RATED + """
             ) x
        join organization o on o.id = x.organization_id
        where o.municipality_id = :municipality""" + (organizationId == null ? "" : " and o.id = :organization") + " " + """
        group by o.id, o.short_name
        having sum(x.ratings) > 0
        order by o.short_name""", params, (rs, n) -> {
      int ratings = rs.getInt("ratings");
      int menteeRatings = rs.getInt("mentee_ratings");
      return new Satisfaction(rs.getLong(1), rs.getString(2), ratings, average(rs.getLong("total"), ratings),
          menteeRatings, average(rs.getLong("mentee_total"), menteeRatings));
    });
  }

  private static double average(long sum, int count) {
    return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
  }

  private List<OrganizationOption> organizationOptions(Long municipalityId) {
    return jdbc.query("select id, short_name, kind from organization where municipality_id = :municipality order by short_name",
        new MapSqlParameterSource("municipality", municipalityId),
        (rs, n) -> new OrganizationOption(rs.getLong(1), rs.getString(2), OrganizationKind.valueOf(rs.getString(3)).isEducational()));
  }

  /**
   * Years that have anything to show: from the earliest to the latest due date, indicator year,
   * rating and pair proposal of the municipality, and the current year, newest first.
   */
  private List<Integer> years(MapSqlParameterSource params, ZoneId zone, LocalDate today) {
    TreeSet<Integer> bounds = new TreeSet<>();
    bounds.add(today.getYear());
    jdbc.query("""
        select (select min(o.due_date) from roadmap_occurrence o join roadmap_item i on i.id = o.item_id
                  join roadmap r on r.id = i.roadmap_id where r.municipality_id = :municipality),
               (select max(o.due_date) from roadmap_occurrence o join roadmap_item i on i.id = o.item_id
                  join roadmap r on r.id = i.roadmap_id where r.municipality_id = :municipality),
               (select min(ind.indicator_year) from roadmap_item_indicator ind join roadmap_item i on i.id = ind.item_id
                  join roadmap r on r.id = i.roadmap_id where r.municipality_id = :municipality),
               (select max(ind.indicator_year) from roadmap_item_indicator ind join roadmap_item i on i.id = ind.item_id
                  join roadmap r on r.id = i.roadmap_id where r.municipality_id = :municipality),
               (select min(f.first_proposed) from (select (select min(mp.proposed_at) from mentoring_pair mp
                  where mp.organization_id = o.id) as first_proposed
                  from organization o where o.municipality_id = :municipality) f)""", params, (ResultSet rs) -> {
      addYear(bounds, rs.getObject(1, LocalDate.class));
      addYear(bounds, rs.getObject(2, LocalDate.class));
      addYear(bounds, (Integer) rs.getObject(3, Integer.class));
      addYear(bounds, (Integer) rs.getObject(4, Integer.class));
      addInstantYear(bounds, rs, 5, zone);
    });
    // The first feedback matters only outside the years found so far: before the first of them, or after
    // the last when there is none in between. Each look-up reads a range of the submission index instead of
    // joining all feedback of the region.
    Instant firstYear = LocalDate.of(bounds.first(), 1, 1).atStartOfDay(zone).toInstant();
    Instant afterLastYear = LocalDate.of(bounds.last() + 1, 1, 1).atStartOfDay(zone).toInstant();
    OffsetDateTime firstFeedback = firstFeedback(params, null, firstYear);
    if (firstFeedback == null) {
      OffsetDateTime later = firstFeedback(params, afterLastYear, null);
      if (later != null && firstFeedback(params, firstYear, afterLastYear) == null) {
        firstFeedback = later;
      }
    }
    if (firstFeedback != null) {
      bounds.add(firstFeedback.atZoneSameInstant(zone).getYear());
    }
    List<Integer> years = new ArrayList<>();
    for (int y = bounds.last(); y >= bounds.first(); y--) {
      years.add(y);
    }
    return years;
  }

  /** The earliest submission of the municipality's feedback in [from, to) (either end open when null), or null. */
  private OffsetDateTime firstFeedback(MapSqlParameterSource params, Instant from, Instant to) {
    MapSqlParameterSource range = new MapSqlParameterSource("municipality", params.getValue("municipality"))
        .addValue("submittedFrom", from == null ? null : Timestamp.from(from))
        .addValue("submittedTo", to == null ? null : Timestamp.from(to));
    return jdbc.query("""
        select min(f.submitted_at) from meeting_feedback f join program_meeting m on m.id = f.meeting_id
        join mentoring_program p on p.id = m.program_id join organization o on o.id = p.organization_id
        where o.municipality_id = :municipality and f.submitted_at is not null"""
        + (from == null ? "" : " and f.submitted_at >= :submittedFrom") + (to == null ? "" : " and f.submitted_at < :submittedTo"),
        range, (ResultSet rs) -> rs.next() ? rs.getObject(1, OffsetDateTime.class) : null);
  }

  private static void addYear(TreeSet<Integer> years, LocalDate date) {
    if (date != null) years.add(date.getYear());
  }

  private static void addYear(TreeSet<Integer> years, Integer year) {
    if (year != null) years.add(year);
  }

  private static void addInstantYear(TreeSet<Integer> years, ResultSet rs, int column, ZoneId zone) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    if (at != null) years.add(at.atZoneSameInstant(zone).getYear());
  }

  /** Young specialists (≤ 3 years) of an organization and how many of them have a mentor. */
  public record Coverage(Long organizationId, String organization, int youngSpecialists, int withMentor, int percent) {
    static Coverage of(Long organizationId, String organization, int young, int withMentor) {
      return new Coverage(organizationId, organization, young, withMentor,
          young == 0 ? 0 : Math.round(100f * withMentor / young));
    }
  }

  /** Pairs in one stage of their life. */
  public record Stage(String status, String title, int pairs) {}

  /** Occurrences of one roadmap section's items: done, open and overdue as {@link RoadmapProgressQueries} defines them; {@code total} is their sum. */
  public record SectionProgress(Long roadmapId, String roadmap, String number, String section, int done, int open, int overdue,
      int total) {}

  /** Plan and fact of one item's indicator in one year; {@code factSource} says how the fact was counted. */
  public record IndicatorProgress(int year, Long roadmapId, Long itemId, String number, String title, int target, int fact,
      int percent, String factSource) {}

  /** Satisfaction with the meetings in one organization: all submitted ratings, and the mentees' own. */
  public record Satisfaction(Long organizationId, String organization, int ratings, double average, int menteeRatings,
      double menteeAverage) {}

  /**
   * An overdue occurrence: the item, the organization, who answers for it (the item's wording,
   * the Camunda group with its role in Russian and the people in it), to whom it is escalated (the
   * group and the people in it), the due date of the document and the deadline day it moved to
   * (the same unless the due date is not a working day), how many days it is late and how many
   * escalations were sent.
   */
  public record OverdueOccurrence(Long occurrenceId, Long roadmapId, String roadmap, String itemNumber, String itemTitle,
      Long organizationId, String organization, String responsibleText, String responsibleGroup, String responsibleGroupTitle,
      List<String> responsiblePeople, String escalationGroup, String escalationGroupTitle, List<String> escalationPeople,
      LocalDate dueDate, LocalDate deadlineDate, long daysOverdue, int escalations, String escalationNote, String statusTitle) {}

  /** An organization for the filter; {@code educational} is false for the department and the methodical centre. */
  public record OrganizationOption(Long id, String name, boolean educational) {}

  /** What the filters offer: years with data (newest first) and the municipality's organizations. */
  public record Filters(List<Integer> years, List<OrganizationOption> organizations) {}

  /** Everything the dashboard draws, with the filters it was drawn for. */
  public record Dashboard(Long municipalityId, String municipality, Long organizationId, Integer year, LocalDate today,
      List<Coverage> coverage, List<Stage> pairsByStage, int requestsWithoutMentor, int mentorsInBank,
      List<SectionProgress> roadmapSections, List<IndicatorProgress> indicators, List<Satisfaction> satisfaction,
      List<OverdueOccurrence> overdue, int overdueTotal, Filters filters) {}
}
