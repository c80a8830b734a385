package ru.nastavnik.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.dashboard.DashboardService.IndicatorProgress;
import ru.nastavnik.dashboard.DashboardService.OverdueOccurrence;
import ru.nastavnik.dashboard.DashboardService.SectionProgress;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.roadmap.OccurrenceStatus;

/**
 * The roadmap figures of the dashboard, aggregated in SQL: occurrences by section, indicators plan
 * against fact, and the overdue occurrences with the people who answer for them. Every query takes
 * the parameters of {@link #parameters} (municipality, organization or none, calendar year or none).
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
@Component
class RoadmapProgressQueries {

  /** Longest list of overdue occurrences the dashboard returns (the total is given apart). */
  static final int OVERDUE_LIMIT = 50;

  private static final String DONE = OccurrenceStatus.DONE.name();
  private static final String OVERDUE = OccurrenceStatus.OVERDUE.name();
  private static final String SKIPPED = OccurrenceStatus.SKIPPED.name();

  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDays workingDays;

  RoadmapProgressQueries(NamedParameterJdbcTemplate jdbc, WorkingDays workingDays) {
    this.jdbc = jdbc;
    this.workingDays = workingDays;
  }

  /**
   * The parameters the roadmap figures bind: the municipality, the organization (or none), the
   * calendar year (or none) with its first and next year's first day, the statuses and the last due
   * date already overdue on {@code today}.
   */
  MapSqlParameterSource parameters(Long municipalityId, Long organizationId, Integer year, LocalDate today) {
    MapSqlParameterSource params = new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId)
        .addValue("year", year)
        .addValue("overdueThrough", workingDays.overdueThrough(today))
        .addValue("done", DONE)
        .addValue("overdue", OVERDUE)
        .addValue("skipped", SKIPPED)
        .addValue("educational", Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::isEducational)
            .map(Enum::name).toList());
    if (year != null) {
      params.addValue("fromDate", LocalDate.of(year, 1, 1)).addValue("toDate", LocalDate.of(year + 1, 1, 1));
    }
    return params;
  }

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

  List<SectionProgress> sections(MapSqlParameterSource params, Long organizationId, Integer year) {
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
  List<IndicatorProgress> indicators(MapSqlParameterSource params, Long organizationId, Integer year) {
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

  List<OverdueOccurrence> overdue(MapSqlParameterSource params, Long organizationId, Integer year, Instant now,
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
  void fillResponsiblePeople(MapSqlParameterSource params, List<OverdueOccurrence> rows) {
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
}
