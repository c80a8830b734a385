package ru.nastavnik.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.program.MeetingStatus;
import ru.nastavnik.program.ProgramRole;
import ru.nastavnik.request.RequestStatus;

/**
 * The kept-up sums the monitoring figures and the dashboard read instead of joining a region's
 * requests with their pairs and its ratings with their meetings on every call (migration
 * {@code V26}): whether a request is served ({@code mentoring_request.served}), whether a person has
 * a mentor ({@code person.with_mentor}), the organization and the held moment of each feedback's
 * meeting ({@code meeting_feedback.organization_id}, {@code meeting_held_at}) and the ratings of each
 * organization's held meetings by calendar month ({@code satisfaction_month}), and each
 * organization's current counts — mentees in the bank, young specialists, those with a mentor
 * ({@code organization_sums}). Each refresh recomputes from the rows themselves by
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

  /**
   * Everything a transaction changed, in one order — people, then meetings, then organizations,
   * each by id — so that two transactions refreshing overlapping sums never wait for each other in
   * a circle.
   *
   * @param requestIds requests whose pairs (or themselves) changed: their flags, their mentees' and both organizations' counts
   * @param meetingIds meetings whose status or feedback changed: their feedback and their organizations' ratings
   * @param programIds programs whose meetings changed: their organizations' ratings
   * @param organizationIds organizations whose people or requests changed: their counts
   * @param municipalityIds municipalities whose time zone (and so the months of their ratings) may have changed
   */
  public void refresh(Collection<Long> requestIds, Collection<Long> meetingIds, Collection<Long> programIds,
      Collection<Long> organizationIds, Collection<Long> municipalityIds) {
    TreeSet<Long> counts = new TreeSet<>(organizationIds);
    counts.addAll(refreshRequests(requestIds));
    refreshFeedbackOf(meetingIds);
    TreeSet<Long> ratings = new TreeSet<>();
    ratings.addAll(ids("select distinct p.organization_id from program_meeting m join mentoring_program p on p.id = m.program_id"
        + " where m.id in (:ids)", meetingIds));
    ratings.addAll(ids("select distinct organization_id from mentoring_program where id in (:ids)", programIds));
    ratings.addAll(ids("select id from organization where municipality_id in (:ids)", municipalityIds));
    TreeSet<Long> organizations = new TreeSet<>(counts);
    organizations.addAll(ratings);
    for (Long organization : organizations) {
      MapSqlParameterSource p = statuses().addValue("organization", organization);
      // Only the organization's row is locked: with the join in the same statement PostgreSQL would lock the
      // municipality's row too, and every commit of the whole municipality would wait for it.
      if (jdbc.queryForList("select id from organization where id = :organization" + lock, p, Long.class).isEmpty()) {
        continue;
      }
      List<String> zone = jdbc.queryForList("select mu.time_zone from organization o join municipality mu"
          + " on mu.id = o.municipality_id where o.id = :organization", p, String.class);
      if (counts.contains(organization)) {
        jdbc.update("delete from organization_sums where organization_id = :organization", p);
        jdbc.update("insert into organization_sums (organization_id, mentees_in_bank, young_specialists, young_with_mentor)"
            + " select o.id, (" + MENTEES_IN_BANK + "), (" + YOUNG + "), (" + YOUNG_WITH_MENTOR + ")"
            + " from organization o where o.id = :organization", p);
      }
      if (ratings.contains(organization)) {
        Map<Bucket, Sum> sums = new HashMap<>();
        jdbc.query(RATINGS + " and p.organization_id = :organization", p,
            rs -> { add(sums, organization, ZoneId.of(zone.get(0)), rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)); });
        jdbc.update("delete from satisfaction_month where organization_id = :organization", p);
        insert(sums);
      }
    }
  }

  /** Flags of the requests' mentees and of all their requests; returns the organizations whose counts they touch. */
  private Set<Long> refreshRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Set.of();
    }
    TreeSet<Long> mentees = new TreeSet<>(ids("select distinct mentee_id from mentoring_request where id in (:ids)", requestIds));
    for (Long mentee : mentees) {
      MapSqlParameterSource p = statuses().addValue("mentee", mentee);
      jdbc.queryForList("select id from person where id = :mentee" + lock, p, Long.class);
      jdbc.update("update mentoring_request set served = " + SERVED + " where mentee_id = :mentee", p);
      jdbc.update("update person set with_mentor = " + WITH_MENTOR + " where id = :mentee", p);
    }
    Set<Long> organizations = new HashSet<>(ids("select organization_id from mentoring_request where id in (:ids)", requestIds));
    organizations.addAll(ids("select organization_id from person where id in (:ids)", mentees));
    return organizations;
  }

  /**
   * The feedback of these meetings: the organization of the program and the moment the meeting was
   * held, while it is held. The meetings are locked first, so that a feedback written beside a
   * change of its meeting is refreshed after that change has committed.
   */
  private void refreshFeedbackOf(Collection<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return;
    }
    MapSqlParameterSource p = statuses().addValue("meetings", new TreeSet<>(meetingIds));
    jdbc.queryForList("select id from program_meeting where id in (:meetings) order by id" + lock, p, Long.class);
    jdbc.update("update meeting_feedback set " + FEEDBACK_OF_MEETING + " where meeting_id in (:meetings)", p);
  }

  private List<Long> ids(String sql, Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : jdbc.queryForList(sql, new MapSqlParameterSource("ids", ids), Long.class);
  }

  /** Every sum from scratch: after a migration, or rows written past the application (a seeded benchmark). */
  public void rebuild() {
    MapSqlParameterSource p = statuses();
    // Only the rows whose flag is wrong are written: a region's tables are not rewritten to change nothing.
    jdbc.update("update mentoring_request set served = not served where served <> (" + SERVED + ")", p);
    jdbc.update("update person set with_mentor = not with_mentor where with_mentor <> (" + WITH_MENTOR + ")", p);
    jdbc.update("update meeting_feedback set " + FEEDBACK_OF_MEETING, p);
    jdbc.update("delete from organization_sums", p);
    jdbc.update("insert into organization_sums (organization_id, mentees_in_bank, young_specialists, young_with_mentor)"
        + " select o.id, (" + MENTEES_IN_BANK + "), (" + YOUNG + "), (" + YOUNG_WITH_MENTOR + ") from organization o", p);
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

  private static final String MENTEES_IN_BANK = "select count(distinct r.mentee_id) from mentoring_request r"
      + " where r.organization_id = o.id and r.status in (:inBank)";

  private static final String YOUNG = "select count(*) from person p where p.organization_id = o.id and p.category = :young";

  private static final String YOUNG_WITH_MENTOR = YOUNG + " and p.with_mentor = true";

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
        .addValue("held", MeetingStatus.HELD.name())
        .addValue("inBank", RequestStatus.inBankNames())
        .addValue("young", PersonCategory.YOUNG_SPECIALIST.name());
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
