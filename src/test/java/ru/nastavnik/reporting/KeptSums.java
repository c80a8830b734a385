package ru.nastavnik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What {@link ReportingSumsKeeper} kept, read back for the tests of the flows that change it. */
public final class KeptSums {

  private KeptSums() {}

  /** The request of a pair is served; its mentee has a mentor. */
  public record Flags(boolean served, boolean withMentor) {}

  public static Flags ofPair(JdbcTemplate jdbc, long pairId) {
    return jdbc.queryForObject("select r.served, p.with_mentor from mentoring_pair mp join mentoring_request r on r.id = mp.request_id"
        + " join person p on p.id = r.mentee_id where mp.id = ?", (rs, n) -> new Flags(rs.getBoolean(1), rs.getBoolean(2)), pairId);
  }

  /** The ratings kept for an organization, all months together. */
  public static long ratings(JdbcTemplate jdbc, long organizationId) {
    return jdbc.queryForObject("select coalesce(sum(ratings), 0) from satisfaction_month where organization_id = ?", Long.class,
        organizationId);
  }

  /**
   * What was kept for the organization's requests, people, counts and ratings is what recomputing them from
   * the rows gives: nothing the flows changed was missed.
   */
  public static void assertAsRecomputed(JdbcTemplate jdbc, ReportingSumsKeeper keeper, long organizationId) {
    List<Map<String, Object>> before = snapshot(jdbc, organizationId);
    keeper.requestsWrittenDirectly(jdbc.queryForList("select id from mentoring_request where organization_id = ?", Long.class,
        organizationId));
    keeper.meetingsWrittenDirectly(jdbc.queryForList("select m.id from program_meeting m join mentoring_program p"
        + " on p.id = m.program_id where p.organization_id = ?", Long.class, organizationId));
    assertThat(before).as("kept sums of organization " + organizationId).isEqualTo(snapshot(jdbc, organizationId));
  }

  private static List<Map<String, Object>> snapshot(JdbcTemplate jdbc, long organizationId) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    rows.addAll(jdbc.queryForList("select 'request' as kind, id, served from mentoring_request where organization_id = ? order by id",
        organizationId));
    rows.addAll(jdbc.queryForList("select 'person' as kind, p.id, p.with_mentor from person p where p.id in"
        + " (select mentee_id from mentoring_request where organization_id = ?) order by p.id", organizationId));
    rows.addAll(jdbc.queryForList("select 'feedback' as kind, fb.id, fb.organization_id, fb.meeting_held_at from meeting_feedback fb"
        + " join program_meeting m on m.id = fb.meeting_id join mentoring_program p on p.id = m.program_id"
        + " where p.organization_id = ? order by fb.id", organizationId));
    rows.addAll(jdbc.queryForList("select 'counts' as kind, mentees_in_bank, young_specialists, young_with_mentor"
        + " from organization_sums where organization_id = ?", organizationId));
    rows.addAll(jdbc.queryForList("select 'month' as kind, month_start, ratings, total, mentee_ratings, mentee_total"
        + " from satisfaction_month where organization_id = ? order by month_start", organizationId));
    return rows;
  }
}
