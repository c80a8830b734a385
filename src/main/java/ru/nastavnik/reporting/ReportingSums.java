package ru.nastavnik.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.program.MeetingStatus;
import ru.nastavnik.program.ProgramRole;

/**
 * The kept-up sums the monitoring figures and the dashboard read instead of joining a region's
 * requests with their pairs and its ratings with their meetings on every call (migration
 * {@code V26}): whether a request is served ({@code mentoring_request.served}), whether a person has
 * a mentor ({@code person.with_mentor}), the organization and the held moment of each feedback's
 * meeting ({@code meeting_feedback.organization_id}, {@code meeting_held_at}) and the ratings of each
 * organization's held meetings by calendar month ({@code satisfaction_month}). Each refresh recomputes from the rows themselves by
 * the rules of {@link ReportingRules}, so it may run any number of times; it first locks the row
 * the sums belong to (the mentee, the organization), so that two transactions refreshing the same
 * sums one after the other — the second reads after the first has committed — never lose a change.
 *
 * <p>No Spring here: {@link ReportingSumsKeeper} runs it in the transaction that changes the rows,
 * and migration {@code V27} on its own connection.
 */
public final class ReportingSums {

  private final NamedParameterJdbcTemplate jdbc;
  /** PostgreSQL's weaker row lock does not block the key-share locks of foreign-key checks; H2 has only {@code for update}. */
  private final String lock;

  public ReportingSums(NamedParameterJdbcTemplate jdbc, boolean postgres) {
    this.jdbc = jdbc;
    this.lock = postgres ? " for no key update" : " for update";
  }

  /** The requests (and their mentees) whose pairs changed. */
  public void refreshRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return;
    }
    TreeSet<Long> mentees = new TreeSet<>(jdbc.queryForList("select distinct mentee_id from mentoring_request where id in (:ids)",
        new MapSqlParameterSource("ids", requestIds), Long.class));
    for (Long mentee : mentees) {
      MapSqlParameterSource p = statuses().addValue("mentee", mentee);
      jdbc.queryForList("select id from person where id = :mentee" + lock, p, Long.class);
      jdbc.update("update mentoring_request set served = " + SERVED + " where mentee_id = :mentee", p);
      jdbc.update("update person set with_mentor = " + WITH_MENTOR + " where id = :mentee", p);
    }
  }

  /** The monthly ratings of these organizations. */
  public void refreshSatisfaction(Collection<Long> organizationIds) {
    for (Long organization : new TreeSet<>(organizationIds)) {
      MapSqlParameterSource p = statuses().addValue("organization", organization);
      List<String> zone = jdbc.queryForList("select mu.time_zone from organization o join municipality mu"
          + " on mu.id = o.municipality_id where o.id = :organization", p, String.class);
      if (zone.isEmpty()) {
        continue;
      }
      jdbc.queryForList("select id from organization where id = :organization" + lock, p, Long.class);
      Map<Bucket, Sum> sums = new HashMap<>();
      jdbc.query(RATINGS + " and p.organization_id = :organization", p,
          rs -> { add(sums, organization, ZoneId.of(zone.get(0)), rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)); });
      jdbc.update("delete from satisfaction_month where organization_id = :organization", p);
      insert(sums);
    }
  }

  /**
   * The feedback of these meetings: the organization of the program and the moment the meeting was
   * held, while it is held. The meetings are locked first, so that a feedback written beside a
   * change of its meeting is refreshed after that change has committed.
   */
  public void refreshFeedbackOf(Collection<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return;
    }
    MapSqlParameterSource p = statuses().addValue("meetings", new TreeSet<>(meetingIds));
    jdbc.queryForList("select id from program_meeting where id in (:meetings) order by id" + lock, p, Long.class);
    jdbc.update("update meeting_feedback set " + FEEDBACK_OF_MEETING + " where meeting_id in (:meetings)", p);
  }

  /** The organizations of these meetings and programs (a meeting or a feedback changed). */
  public void refreshSatisfactionOf(Collection<Long> meetingIds, Collection<Long> programIds) {
    TreeSet<Long> organizations = new TreeSet<>();
    if (!meetingIds.isEmpty()) {
      organizations.addAll(jdbc.queryForList("select distinct p.organization_id from program_meeting m"
          + " join mentoring_program p on p.id = m.program_id where m.id in (:ids)", new MapSqlParameterSource("ids", meetingIds), Long.class));
    }
    if (!programIds.isEmpty()) {
      organizations.addAll(jdbc.queryForList("select distinct organization_id from mentoring_program where id in (:ids)",
          new MapSqlParameterSource("ids", programIds), Long.class));
    }
    refreshSatisfaction(organizations);
  }

  /** The organizations of these municipalities (their time zone, and so their months, changed). */
  public void refreshSatisfactionOfMunicipalities(Collection<Long> municipalityIds) {
    if (!municipalityIds.isEmpty()) {
      refreshSatisfaction(jdbc.queryForList("select id from organization where municipality_id in (:ids)",
          new MapSqlParameterSource("ids", municipalityIds), Long.class));
    }
  }

  /** Every sum from scratch: after a migration, or rows written past the application (a seeded benchmark). */
  public void rebuild() {
    MapSqlParameterSource p = statuses();
    // Only the rows whose flag is wrong are written: a region's tables are not rewritten to change nothing.
    jdbc.update("update mentoring_request set served = not served where served <> (" + SERVED + ")", p);
    jdbc.update("update person set with_mentor = not with_mentor where with_mentor <> (" + WITH_MENTOR + ")", p);
    jdbc.update("update meeting_feedback set " + FEEDBACK_OF_MEETING, p);
    Map<Long, ZoneId> zones = new HashMap<>();
    jdbc.query("select o.id, mu.time_zone from organization o join municipality mu on mu.id = o.municipality_id", p,
        rs -> { zones.put(rs.getLong(1), ZoneId.of(rs.getString(2))); });
    Map<Bucket, Sum> sums = new HashMap<>();
    jdbc.query(RATINGS.replace("select ", "select p.organization_id, "), p, rs -> {
      long organization = rs.getLong(1);
      add(sums, organization, zones.get(organization), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4));
    });
    jdbc.update("delete from satisfaction_month", p);
    insert(sums);
  }

  /** The first moment of the calendar month of {@code at} in the zone: the key of its ratings. */
  public static Instant monthStart(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
  }

  private static final String SERVED = "exists (select 1 from mentoring_pair mp where mp.request_id = mentoring_request.id"
      + " and mp.status in (:serving))";

  private static final String WITH_MENTOR = "exists (select 1 from mentoring_request r join mentoring_pair mp on mp.request_id = r.id"
      + " where r.mentee_id = person.id and mp.status in (:withMentor))";

  private static final String FEEDBACK_OF_MEETING = "organization_id = (select pr.organization_id from program_meeting m"
      + " join mentoring_program pr on pr.id = m.program_id where m.id = meeting_feedback.meeting_id),"
      + " meeting_held_at = (select m.held_at from program_meeting m where m.id = meeting_feedback.meeting_id and "
      + ReportingRules.HELD + ")";

  /** The ratings that count, with the moment their meeting was held: held meetings, given feedback with a rating. */
  private static final String RATINGS = "select m.held_at, fb.author, fb.rating from meeting_feedback fb"
      + " join program_meeting m on m.id = fb.meeting_id join mentoring_program p on p.id = m.program_id"
      + " where " + ReportingRules.HELD + " and " + ReportingRules.FEEDBACK_RATED;

  private static MapSqlParameterSource statuses() {
    return new MapSqlParameterSource("serving", ReportingRules.names(PairStatus.SERVING))
        .addValue("withMentor", ReportingRules.names(PairStatus.WITH_MENTOR))
        .addValue("held", MeetingStatus.HELD.name());
  }

  private record Bucket(long organization, Instant month) {}

  private static final class Sum {
    int ratings, menteeRatings;
    long total, menteeTotal;
  }

  private static void add(Map<Bucket, Sum> sums, long organization, ZoneId zone, Instant heldAt, String author, int rating) {
    Sum sum = sums.computeIfAbsent(new Bucket(organization, monthStart(heldAt, zone)), b -> new Sum());
    sum.ratings++;
    sum.total += rating;
    if (ProgramRole.MENTEE.name().equals(author)) {
      sum.menteeRatings++;
      sum.menteeTotal += rating;
    }
  }

  private void insert(Map<Bucket, Sum> sums) {
    List<SqlParameterSource> rows = new ArrayList<>(sums.size());
    sums.forEach((bucket, sum) -> rows.add(new MapSqlParameterSource("organization", bucket.organization())
        .addValue("month", Timestamp.from(bucket.month()))
        .addValue("ratings", sum.ratings).addValue("total", sum.total)
        .addValue("menteeRatings", sum.menteeRatings).addValue("menteeTotal", sum.menteeTotal)));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into satisfaction_month (organization_id, month_start, ratings, total, mentee_ratings, mentee_total)"
          + " values (:organization, :month, :ratings, :total, :menteeRatings, :menteeTotal)", rows.toArray(SqlParameterSource[]::new));
    }
  }
}
