package ru.nastavnik.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.reporting.ReportingRules;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.roadmap.OccurrenceStatus;

/**
 * Computes the monitoring figures of a municipality's organizations for a period, in SQL
 * grouped by organization (nothing is loaded entity by entity). Bank sizes and active pairs are
 * counted as they are now; everything with a date from the start of the period up to the report
 * moment: completed and ended pairs by their end, surveys by the final survey, roadmap items by
 * their deadline, meetings, feedback and ratings by the rules of {@link ReportingRules} (the
 * meeting's date). Indicators are those of the report date's calendar year, the year roadmaps plan in.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringMetrics {

  private final NamedParameterJdbcTemplate jdbc;

  MonitoringMetrics(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of a period. */
  public record Period(LocalDate from, Instant asOf, ZoneId zone) {
    Instant fromInstant() { return from.atStartOfDay(zone).toInstant(); }
    LocalDate asOfDate() { return asOf.atZone(zone).toLocalDate(); }
    int year() { return asOfDate().getYear(); }
  }

  /** Every organization of the municipality (or the one given), in order of name. */
  public List<Figures> byOrganization(Long municipalityId, Long organizationId, Period period) {
    MapSqlParameterSource p = ReportingRules.bind(new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId)
        .addValue("asOf", Timestamp.from(period.asOf()))
        .addValue("asOfDate", period.asOfDate())
        // Roadmap deadlines passed by the report date: on a non-working day a deadline moves to the next working day.
        .addValue("deadlinesThrough", WorkingDays.standard().overdueThrough(period.asOfDate()))
        .addValue("yearStart", LocalDate.of(period.year(), 1, 1))
        .addValue("yearEnd", LocalDate.of(period.year(), 12, 31))
        .addValue("year", period.year())
        .addValue("inBank", RequestStatus.inBankNames())
        .addValue("mentorInBank", MentorStatus.APPROVED.name())
        .addValue("active", PairStatus.ACTIVE.name())
        .addValue("completed", PairStatus.COMPLETED.name())
        .addValue("endedEarly", PairStatus.ENDED_EARLY.name())
        .addValue("done", OccurrenceStatus.DONE.name())
        .addValue("skipped", OccurrenceStatus.SKIPPED.name()), period.fromInstant(), period.asOf(), period.zone());
    String orgs = "o.municipality_id = :municipality" + (organizationId == null ? "" : " and o.id = :organization");

    Map<Long, Builder> rows = new LinkedHashMap<>();
    jdbc.query("select o.id, o.short_name from organization o where " + orgs + " order by o.short_name", p,
        rs -> { rows.put(rs.getLong(1), new Builder(rs.getLong(1), rs.getString(2))); });

    jdbc.query("select m.organization_id, count(*) from mentor_profile m join organization o on o.id = m.organization_id"
        + " where m.status = :mentorInBank and " + orgs + " group by m.organization_id", p,
        rs -> { at(rows, rs.getLong(1)).mentorsInBank = rs.getInt(2); });
    // The organizations' current counts are kept (ReportingSums): no scan of the region's requests and people.
    jdbc.query("select s.organization_id, s.mentees_in_bank, s.young_specialists, s.young_with_mentor from organization_sums s"
        + " join organization o on o.id = s.organization_id where " + orgs, p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.menteesInBank = rs.getInt(2);
      b.youngSpecialists = rs.getInt(3);
      b.youngWithMentor = rs.getInt(4);
    });
    jdbc.query("""
        select mp.organization_id,
               sum(case when mp.status = :active then 1 else 0 end),
               sum(case when mp.status = :completed and mp.ended_at >= :from and mp.ended_at <= :asOf then 1 else 0 end),
               sum(case when mp.status = :endedEarly and mp.ended_at >= :from and mp.ended_at <= :asOf then 1 else 0 end)
        from mentoring_pair mp join organization o on o.id = mp.organization_id
        where (mp.status = :active or (mp.status in (:completed, :endedEarly) and mp.ended_at >= :from and mp.ended_at <= :asOf))
          and\s""" + orgs + " group by mp.organization_id", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.activePairs = rs.getInt(2);
      b.completedPairs = rs.getInt(3);
      b.endedEarlyPairs = rs.getInt(4);
    });
    // «Served» is kept on the request (ReportingSums).
    jdbc.query("""
        select r.organization_id, r.filed_at from mentoring_request r join organization o on o.id = r.organization_id
        where r.status in (:inBank) and r.filed_at <= :asOf and r.served = false and\s""" + orgs, p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      int days = (int) Math.max(0, Duration.between(rs.getTimestamp(2).toInstant(), period.asOf()).toDays());
      b.requestsWithoutMentor++;
      b.waitingDaysTotal += days;
      b.waitingDaysMax = Math.max(b.waitingDaysMax, days);
    });
    jdbc.query("""
        select pr.organization_id, count(*), sum(case when m.status = :held then 1 else 0 end)
        from program_meeting m join mentoring_program pr on pr.id = m.program_id join organization o on o.id = pr.organization_id
        where\s""" + ReportingRules.MEETING_IN_PERIOD + " and " + orgs + " group by pr.organization_id", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.meetingsPlanned = rs.getInt(2);
      b.meetingsHeld = rs.getInt(3);
    });
    jdbc.query("select fb.organization_id,"
        + " sum(case when " + ReportingRules.FEEDBACK_DUE + " then 1 else 0 end),"
        + " sum(case when " + ReportingRules.FEEDBACK_GIVEN + " then 1 else 0 end),"
        + " sum(case when " + ReportingRules.FEEDBACK_RATED + " then fb.rating else 0 end),"
        + " sum(case when " + ReportingRules.FEEDBACK_RATED + " then 1 else 0 end)"
        + " from meeting_feedback fb join organization o on o.id = fb.organization_id"
        // The feedback carries its meeting's held moment and organization (ReportingSums): one range of an
        // index instead of joining the region's feedback with meetings and programs. Feedback that is not
        // due counts nowhere.
        + " where " + ReportingRules.FEEDBACK_OF_HELD_IN_PERIOD + " and " + ReportingRules.FEEDBACK_DUE + " and " + orgs
        + " group by fb.organization_id", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.feedbackDue = rs.getInt(2);
      b.feedbackGiven = rs.getInt(3);
      b.ratingSum = rs.getLong(4);
      b.ratings = rs.getInt(5);
    });
    jdbc.query("""
        select pr.organization_id, sum(si.final_score - si.entry_score), count(*)
        from program_survey_item si join mentoring_program pr on pr.id = si.program_id
        join organization o on o.id = pr.organization_id
        where si.entry_score is not null and si.final_score is not null
          and pr.final_survey_at >= :from and pr.final_survey_at <= :asOf and\s""" + orgs
        + " group by pr.organization_id", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.growthSum = rs.getLong(2);
      b.growthItems = rs.getInt(3);
    });
    jdbc.query("""
        select oc.organization_id, count(*), sum(case when oc.status = :done then 1 else 0 end),
               sum(case when oc.status <> :done then 1 else 0 end)
        from roadmap_occurrence oc join organization o on o.id = oc.organization_id
        where oc.status <> :skipped and oc.due_date >= :fromDate and oc.due_date <= :deadlinesThrough and\s""" + orgs
        + " group by oc.organization_id", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      b.roadmapDue = rs.getInt(2);
      b.roadmapDone = rs.getInt(3);
      b.roadmapOverdue = rs.getInt(4);
    });
    // A fan-out item («все образовательные организации») plans one execution per organization;
    // any other item plans its target and counts the values recorded with its results.
    jdbc.query("""
        select oc.organization_id, i.id, i.fan_out, ind.target, count(*),
               sum(case when oc.status = :done then 1 else 0 end),
               sum(case when oc.status = :done and oc.indicator_value is not null then oc.indicator_value else 0 end)
        from roadmap_occurrence oc join roadmap_item i on i.id = oc.item_id
        join roadmap_item_indicator ind on ind.item_id = i.id and ind.indicator_year = :year
        join organization o on o.id = oc.organization_id
        where oc.status <> :skipped and oc.due_date >= :yearStart and oc.due_date <= :yearEnd and\s""" + orgs
        + " group by oc.organization_id, i.id, i.fan_out, ind.target", p, rs -> {
      Builder b = at(rows, rs.getLong(1));
      boolean fanOut = rs.getBoolean(3);
      int target = rs.getInt(4);
      boolean allDone = rs.getInt(5) == rs.getInt(6);
      int values = rs.getInt(7);
      b.indicatorPlan += fanOut ? 1 : target;
      b.indicatorFact += fanOut ? (allDone ? 1 : 0) : values;
    });
    return rows.values().stream().map(Builder::build).toList();
  }

  /** The municipality's figures: the sums of its organizations'. */
  public Figures total(String name, List<Figures> organizations) {
    Figures total = Figures.empty(null, name);
    for (Figures f : organizations) {
      total = total.plus(f, null, name);
    }
    return total;
  }

  /** Rows of organizations outside the filter are collected into a throwaway builder. */
  private static Builder at(Map<Long, Builder> rows, long id) {
    Builder b = rows.get(id);
    return b != null ? b : new Builder(id, "");
  }

  private static final class Builder {
    final Long organizationId;
    final String organization;
    int mentorsInBank, menteesInBank, activePairs, completedPairs, endedEarlyPairs, youngSpecialists, youngWithMentor;
    int requestsWithoutMentor, waitingDaysMax, meetingsPlanned, meetingsHeld, feedbackDue, feedbackGiven, ratings;
    int growthItems, roadmapDue, roadmapDone, roadmapOverdue, indicatorPlan, indicatorFact;
    long waitingDaysTotal, ratingSum, growthSum;

    Builder(Long organizationId, String organization) {
      this.organizationId = organizationId;
      this.organization = organization;
    }

    Figures build() {
      return new Figures(organizationId, organization, mentorsInBank, menteesInBank, activePairs, completedPairs,
          endedEarlyPairs, youngSpecialists, youngWithMentor, requestsWithoutMentor, waitingDaysTotal, waitingDaysMax,
          meetingsPlanned, meetingsHeld, feedbackDue, feedbackGiven, ratingSum, ratings, growthSum, growthItems,
          roadmapDue, roadmapDone, roadmapOverdue, indicatorPlan, indicatorFact);
    }
  }
}
