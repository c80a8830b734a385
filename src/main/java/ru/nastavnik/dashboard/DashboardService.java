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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.reporting.ReportingRules;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.roadmap.OccurrenceStatus;
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
 * the current state and ignore the year. Without a year every figure covers all years.
 *
 * <p>Roadmap occurrences (item × due date × organization) are counted in three buckets; skipped
 * ones ({@link OccurrenceStatus#SKIPPED}, their date had passed before the import) in none:
 * <ul>
 *   <li><b>done</b> — status {@link OccurrenceStatus#DONE}, on time or late;</li>
 *   <li><b>overdue</b> — not done and either status {@link OccurrenceStatus#OVERDUE} or a deadline
 *       that has passed: the end of the due date in the municipality's time zone, moved to the next
 *       working day when the due date is not one ({@link WorkingDays}; the engine's timer may not
 *       have fired yet);</li>
 *   <li><b>open</b> — everything else: planned, waiting for a date, in work before the deadline.</li>
 * </ul>
 * Days overdue are counted by {@link WorkingDays#daysOverdue}, as in the escalation e-mails.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  /** Longest list of overdue occurrences the dashboard returns (the total is given apart). */
  static final int OVERDUE_LIMIT = 50;

  private static final String DONE = OccurrenceStatus.DONE.name();
  private static final String OVERDUE = OccurrenceStatus.OVERDUE.name();
  private static final String SKIPPED = OccurrenceStatus.SKIPPED.name();

  private final NamedParameterJdbcTemplate jdbc;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final WorkingDays workingDays;
  private final Clock clock;

  DashboardService(NamedParameterJdbcTemplate jdbc, OrganizationService organizations, OrganizationAccess access,
      WorkingDays workingDays, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.access = access;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** The whole municipality for all years. */
  public Dashboard dashboard(Long municipalityId, Long organizationId) {
    return dashboard(municipalityId, organizationId, null);
  }

  /**
   * Figures of a municipality, optionally of one of its organizations and of one calendar year.
   *
   * @throws ForbiddenException for anyone but the municipality's staff (a curator included)
   * @throws BusinessRuleException for an organization of another municipality or an absurd year
   */
  public Dashboard dashboard(Long municipalityId, Long organizationId, Integer year) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (!access.isMunicipalStaff(CurrentUser.require(), municipality)) {
      throw new ForbiddenException("Панель наставничества муниципалитета доступна его координатору и органу управления образованием");
    }
    return build(municipality, organizationId, year);
  }

  /**
   * The same figures for one organization, for the school's own panel in the workspace: its
   * curator and director see them, as do the municipality's staff.
   */
  public Dashboard organizationDashboard(Long organizationId, Integer year) {
    Organization organization = organizations.organization(organizationId);
    if (!access.canSeePeopleOf(CurrentUser.require(), organization)) {
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
    MapSqlParameterSource params = new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId)
        .addValue("year", year)
        .addValue("overdueThrough", workingDays.overdueThrough(today))
        .addValue("done", DONE)
        .addValue("overdue", OVERDUE)
        .addValue("skipped", SKIPPED)
        .addValue("educational", Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::isEducational)
            .map(Enum::name).toList())
        .addValue("withMentor", PairStatus.WITH_MENTOR.stream().map(Enum::name).toList())
        .addValue("served", PairStatus.SERVING.stream().map(Enum::name).toList())
        .addValue("inBank", RequestStatus.inBankNames());
    if (year != null) {
      params.addValue("fromDate", LocalDate.of(year, 1, 1)).addValue("toDate", LocalDate.of(year + 1, 1, 1))
          .addValue("fromInstant", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()))
          .addValue("toInstant", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
    }
    String orgFilter = organizationId == null ? "" : " and o.id = :organization";

    List<Coverage> coverage = jdbc.query("""
        select o.id, o.short_name,
               count(distinct p.id) as young,
               count(distinct case when mp.id is not null then p.id end) as with_mentor
        from organization o
        left join person p on p.organization_id = o.id and p.category = 'YOUNG_SPECIALIST'
        left join mentoring_request r on r.mentee_id = p.id
        left join mentoring_pair mp on mp.request_id = r.id and mp.status in (:withMentor)
        where o.municipality_id = :municipality and o.kind in (:educational)""" + orgFilter + " " + """
        group by o.id, o.short_name
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
    Integer waiting = jdbc.queryForObject("""
        select count(*) from mentoring_request r
        join organization o on o.id = r.organization_id
        where o.municipality_id = :municipality and r.status in (:inBank)""" + orgFilter + " " + """
          and not exists (select 1 from mentoring_pair mp where mp.request_id = r.id and mp.status in (:served))""",
        params, Integer.class);
    Integer mentorsInBank = jdbc.queryForObject("""
        select count(*) from mentor_profile m join organization o on o.id = m.organization_id
        where o.municipality_id = :municipality and m.status = 'APPROVED'""" + orgFilter, params, Integer.class);

    List<SectionProgress> sections = sections(params, organizationId, year);
    int overdueTotal = sections.stream().mapToInt(SectionProgress::overdue).sum();
    return new Dashboard(municipality.getId(), municipality.getName(), organizationId, year, today, coverage, stages,
        waiting == null ? 0 : waiting, mentorsInBank == null ? 0 : mentorsInBank, sections,
        indicators(params, organizationId, year), satisfaction(municipalityId, organizationId, year, zone, today),
        overdue(params, organizationId, year, now, zone), overdueTotal,
        new Filters(years(params, zone, today), organizationOptions));
  }

  /**
   * The roadmap figures of a calendar year as the dashboard counts them (sections: done, open,
   * overdue on {@code today}; indicators: plan and fact), for documents the system builds itself —
   * the caller has checked who may read them.
   */
  public RoadmapYear roadmapYear(Long municipalityId, int year, LocalDate today) {
    MapSqlParameterSource params = new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", null)
        .addValue("year", year)
        .addValue("overdueThrough", workingDays.overdueThrough(today))
        .addValue("done", DONE)
        .addValue("overdue", OVERDUE)
        .addValue("skipped", SKIPPED)
        .addValue("educational", Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::isEducational)
            .map(Enum::name).toList())
        .addValue("fromDate", LocalDate.of(year, 1, 1)).addValue("toDate", LocalDate.of(year + 1, 1, 1));
    return new RoadmapYear(sections(params, null, year), indicators(params, null, year));
  }

  /** A year of the municipality's roadmaps: progress by section and indicators plan against fact. */
  public record RoadmapYear(List<SectionProgress> sections, List<IndicatorProgress> indicators) {}

  /** Occurrence filters shared by the roadmap figures: municipality, organization, year of the due date. */
  private static String occurrenceFilter(Long organizationId, Integer year) {
    return " r.municipality_id = :municipality and o.status <> :skipped"
        + (organizationId == null ? "" : " and o.organization_id = :organization")
        + (year == null ? "" : " and o.due_date >= :fromDate and o.due_date < :toDate");
  }

  /**
   * The overdue rule of the class comment, as an SQL condition on occurrence {@code o}: a due date
   * on or before {@link WorkingDays#overdueThrough} has its (moved) deadline before today.
   */
  private static final String IS_OVERDUE = "(o.status <> :done and (o.status = :overdue or o.due_date <= :overdueThrough))";

  private List<SectionProgress> sections(MapSqlParameterSource params, Long organizationId, Integer year) {
    // An item names its section by the section's number as written, or by its title when the
    // section has none (RoadmapItem.section); sections are grouped first so that a repeated
    // number cannot count an occurrence twice.
    return jdbc.query("""
        select r.id, r.title, s.sort_order, s.number, s.title, i.section_number,
               sum(case when o.status = :done then 1 else 0 end) as done_count,
               sum(case when""" + " " + IS_OVERDUE + " " + """
                        then 1 else 0 end) as overdue_count,
               count(*) as total
        from roadmap_occurrence o
        join roadmap_item i on i.id = o.item_id
        join roadmap r on r.id = i.roadmap_id
        left join (select roadmap_id, coalesce(number, title) as section_key, min(sort_order) as sort_order,
                          min(number) as number, min(title) as title
                   from roadmap_section group by roadmap_id, coalesce(number, title)) s
          on s.roadmap_id = r.id and s.section_key = i.section_number
        where""" + occurrenceFilter(organizationId, year) + " " + """
        group by r.id, r.title, s.sort_order, s.number, s.title, i.section_number
        order by r.id, coalesce(s.sort_order, -1), i.section_number""", params, (rs, n) -> {
      int done = rs.getInt("done_count");
      int overdue = rs.getInt("overdue_count");
      int total = rs.getInt("total");
      String number = rs.getString(4);
      String title = rs.getString(5);
      if (title == null) {
        title = rs.getString(6) == null ? "Без раздела" : rs.getString(6);
      }
      return new SectionProgress(rs.getLong(1), rs.getString(2), number, title, done, total - done - overdue, overdue, total);
    });
  }

  /**
   * Plan against fact of every item's yearly indicator. The fact follows the roadmap progress
   * API ({@code /api/roadmaps/{id}/progress}) so that both show the same number: for an item done
   * by every educational organization ({@code fan_out}) the system counts the organizations that
   * did everything due that year; otherwise it is the <b>sum</b> of the values recorded with the
   * occurrences done that year — each occurrence reports what it achieved (a quarter's trainings,
   * one date's participants), so they add up, where a maximum would drop all but one report.
   * With an organization chosen, only items it takes part in are shown and the fact counts its
   * own occurrences; the plan stays the item's target.
   */
  private List<IndicatorProgress> indicators(MapSqlParameterSource params, Long organizationId, Integer year) {
    String ownOccurrences = organizationId == null ? "" : " and o.organization_id = :organization";
    String yearFilter = year == null ? "" : "and ind.indicator_year = :year";
    String takesPart = organizationId == null ? ""
        : "and exists (select 1 from roadmap_occurrence o where o.item_id = i.id and o.organization_id = :organization)";
    return jdbc.query("""
        select ind.indicator_year, r.id, i.id, i.number, i.title, i.fan_out, ind.target,
               (select coalesce(sum(o.indicator_value), 0) from roadmap_occurrence o
                 where o.item_id = i.id and o.status = :done
                   and extract(year from o.due_date) = ind.indicator_year %1$s) as recorded,
               (select count(distinct o.organization_id) from roadmap_occurrence o
                  join organization g on g.id = o.organization_id
                  where o.item_id = i.id and o.status <> :skipped and g.kind in (:educational)
                    and extract(year from o.due_date) = ind.indicator_year %1$s
                    and not exists (select 1 from roadmap_occurrence u where u.item_id = i.id
                      and u.organization_id = o.organization_id and u.status <> :skipped and u.status <> :done
                      and extract(year from u.due_date) = ind.indicator_year)
               ) as organizations_done
        from roadmap_item_indicator ind
        join roadmap_item i on i.id = ind.item_id
        join roadmap r on r.id = i.roadmap_id
        where r.municipality_id = :municipality %2$s %3$s
        order by ind.indicator_year, r.id, i.sort_order""".formatted(ownOccurrences, yearFilter, takesPart), params, (rs, n) -> {
      boolean fanOut = rs.getBoolean(6);
      int target = rs.getInt(7);
      int fact = fanOut ? rs.getInt("organizations_done") : rs.getInt("recorded");
      return new IndicatorProgress(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), target, fact,
          target == 0 ? 0 : Math.round(100f * fact / target), fanOut ? "ORGANIZATIONS_DONE" : "RECORDED_VALUES");
    });
  }

  /**
   * Average rating (1–10) of the meetings held in the year (or ever), both sides' given feedback,
   * per organization of the program — by the rules of {@link ReportingRules}, as the monitoring counts.
   */
  private List<Satisfaction> satisfaction(Long municipalityId, Long organizationId, Integer year, ZoneId zone, LocalDate today) {
    Instant from = (year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1)).atStartOfDay(zone).toInstant();
    Instant to = (year == null ? today.plusDays(1) : LocalDate.of(year + 1, 1, 1)).atStartOfDay(zone).toInstant();
    MapSqlParameterSource params = ReportingRules.bind(new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId), from, to, zone);
    return jdbc.query("""
        select o.id, o.short_name, count(fb.rating) as ratings, sum(fb.rating) as total,
               count(case when fb.author = 'MENTEE' then fb.rating end) as mentee_ratings,
               sum(case when fb.author = 'MENTEE' then fb.rating end) as mentee_total
        from meeting_feedback fb
        join program_meeting m on m.id = fb.meeting_id
        join mentoring_program p on p.id = m.program_id
        join organization o on o.id = p.organization_id
        where o.municipality_id = :municipality and\s""" + ReportingRules.HELD_IN_PERIOD + " and " + ReportingRules.FEEDBACK_RATED
        + (organizationId == null ? "" : " and o.id = :organization") + " " + """
        group by o.id, o.short_name
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

  private List<OverdueOccurrence> overdue(MapSqlParameterSource params, Long organizationId, Integer year, Instant now,
      ZoneId zone) {
    List<OverdueOccurrence> rows = jdbc.query("""
        select o.id, r.id, r.title, i.number, i.title, g.id, g.short_name, i.responsible_text, o.responsible_group,
               o.escalation_group, o.due_date, o.escalations, o.escalation_note, o.status
        from roadmap_occurrence o
        join roadmap_item i on i.id = o.item_id
        join roadmap r on r.id = i.roadmap_id
        join organization g on g.id = o.organization_id
        where""" + occurrenceFilter(organizationId, year) + " and " + IS_OVERDUE + " " + """
        order by o.due_date, o.escalations desc, o.id
        limit""" + " " + OVERDUE_LIMIT, params, (rs, n) -> {
      LocalDate due = rs.getObject(11, LocalDate.class);
      String group = rs.getString(9);
      String escalation = rs.getString(10);
      return new OverdueOccurrence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getLong(6), rs.getString(7), rs.getString(8), group, groupTitle(group), new ArrayList<>(), escalation,
          groupTitle(escalation), new ArrayList<>(), due, due == null ? null : workingDays.deadlineDay(due),
          due == null ? 0 : workingDays.daysOverdue(due, now, zone), rs.getInt(12),
          rs.getString(13), OccurrenceStatus.valueOf(rs.getString(14)).title());
    });
    if (!rows.isEmpty()) {
      fillResponsiblePeople(params, rows);
    }
    return rows;
  }

  /**
   * Names the people behind each responsible and escalation group by their full names: the
   * holders of its role in the organization (or, for the municipal groups, in the municipality) —
   * one query for the whole list.
   */
  private void fillResponsiblePeople(MapSqlParameterSource params, List<OverdueOccurrence> rows) {
    Map<String, List<String>> byGroup = new LinkedHashMap<>();
    jdbc.query("""
        select pr.role, o.code, p.full_name from person p
        join person_role pr on pr.person_id = p.id
        join organization o on o.id = p.organization_id
        where o.municipality_id = :municipality and pr.role in ('CURATOR', 'DIRECTOR', 'COORDINATOR', 'MANAGER')
        order by p.full_name""", params, rs -> {
      String role = rs.getString(1);
      String code = rs.getString(2);
      String group = switch (role) {
        case "CURATOR" -> GroupNames.curators(code);
        case "DIRECTOR" -> GroupNames.directors(code);
        default -> null;
      };
      if (group != null) {
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(rs.getString(3));
      } else {
        byGroup.computeIfAbsent(role, g -> new ArrayList<>()).add(rs.getString(3));
      }
    });
    for (OverdueOccurrence row : rows) {
      row.responsiblePeople().addAll(people(byGroup, row.responsibleGroup()));
      row.escalationPeople().addAll(people(byGroup, row.escalationGroup()));
    }
  }

  private static List<String> people(Map<String, List<String>> byGroup, String group) {
    List<String> people = group == null ? null : group.startsWith(GroupNames.COORDINATORS) ? byGroup.get("COORDINATOR")
        : group.startsWith(GroupNames.MANAGERS) ? byGroup.get("MANAGER") : byGroup.get(group);
    return people == null ? List.of() : people;
  }

  /** «Кураторы наставничества (curators-khm-sch1)»: the role behind a Camunda group, in Russian. */
  static String groupTitle(String group) {
    if (group == null) {
      return null;
    }
    String role;
    if (group.startsWith(GroupNames.CURATORS)) {
      role = "Кураторы наставничества";
    } else if (group.startsWith(GroupNames.DIRECTORS)) {
      role = "Руководитель организации";
    } else if (group.startsWith(GroupNames.COORDINATORS)) {
      role = "Муниципальные координаторы";
    } else if (group.startsWith(GroupNames.MANAGERS)) {
      role = "Орган управления образованием";
    } else {
      return group;
    }
    return role + " (" + group + ")";
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
               (select min(f.submitted_at) from meeting_feedback f join program_meeting m on m.id = f.meeting_id
                  join mentoring_program p on p.id = m.program_id join organization o on o.id = p.organization_id
                  where o.municipality_id = :municipality),
               (select min(mp.proposed_at) from mentoring_pair mp join organization o on o.id = mp.organization_id
                  where o.municipality_id = :municipality)""", params, (ResultSet rs) -> {
      addYear(bounds, rs.getObject(1, LocalDate.class));
      addYear(bounds, rs.getObject(2, LocalDate.class));
      addYear(bounds, (Integer) rs.getObject(3, Integer.class));
      addYear(bounds, (Integer) rs.getObject(4, Integer.class));
      addInstantYear(bounds, rs, 5, zone);
      addInstantYear(bounds, rs, 6, zone);
    });
    List<Integer> years = new ArrayList<>();
    for (int y = bounds.last(); y >= bounds.first(); y--) {
      years.add(y);
    }
    return years;
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

  /** Occurrences of one roadmap section's items: done, open and overdue as defined on the class; {@code total} is their sum. */
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
