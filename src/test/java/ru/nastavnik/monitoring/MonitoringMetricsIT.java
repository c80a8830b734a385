package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.CurrentUser;

/**
 * The monitoring figures against a municipality whose expected values are counted by hand
 * (rows written straight into the tables, so that every date is under the test's control).
 * The period runs from 1 September 2025 to 20 May 2026, 12:00 in Khanty-Mansiysk (UTC+5).
 *
 * <p>School A: mentors M1, M2 approved and M3 still under review; young specialists Y1–Y4 with
 * accepted requests — Y1 in an active pair, Y2 in a pair completed on 1 March, Y3 without a
 * pair since 10 May (10 days), Y4 whose pair ended early on 1 February and who waits since
 * 20 April (30 days); a new employee whose request is still under review. Y1's program has
 * meetings planned on 1 October (held), 1 November (held), 1 May (not held), 1 June (after the
 * report date) and 15 January (cancelled); feedback: 8 and 10 on the first, 6 and a missing one
 * on the second, one due after the report date. Y2's program ended with its final survey on
 * 20 February: 3→7, 5→6 and one difficulty without a final score. Roadmap: item I1 (all
 * organizations, 2026 indicator 1) done on 1 March; item I2 (indicator 2026: 10) overdue since
 * 1 April, done on 1 May with value 4, open until 15 June; I1 of 2025 skipped at import.
 *
 * <p>School B: one approved mentor, one young specialist without a request, I1 of 1 March not done.
 * The methodical centre did its own item I3 on 15 January.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringMetricsIT extends IntegrationTestSupport {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final Instant AS_OF = Instant.parse("2026-05-20T07:00:00Z");

  @Autowired OrganizationService organizations;
  @Autowired MonitoringMetrics metrics;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReportingSumsKeeper sums;
  @Autowired TransactionTemplate transaction;

  private long municipalityId;
  private long schoolA;
  private long schoolB;
  private long centre;

  @BeforeAll
  void aMunicipalityCountedByHand() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "met-test", "Область мониторинга");
      Municipality municipality = organizations.createMunicipality(ADMIN, region.getId(), "met", "Район мониторинга", KHM.getId());
      municipalityId = municipality.getId();
      organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.DEPARTMENT, "met-do", "Управление образования", "УО", null);
      centre = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.METHODICAL_CENTER, "met-cro",
          "Центр развития образования", "ЦРО", null).getId();
      schoolA = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.SCHOOL, "met-a", "Школа А", "Школа А", null).getId();
      schoolB = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.SCHOOL, "met-b", "Школа Б", "Школа Б", null).getId();
      return null;
    }));
    long m1 = mentor(schoolA, "APPROVED");
    long m2 = mentor(schoolA, "APPROVED");
    mentor(schoolA, "SUBMITTED");
    mentor(schoolB, "APPROVED");
    long y1 = person(schoolA, "YOUNG_SPECIALIST");
    long y2 = person(schoolA, "YOUNG_SPECIALIST");
    long y3 = person(schoolA, "YOUNG_SPECIALIST");
    long y4 = person(schoolA, "YOUNG_SPECIALIST");
    long newcomer = person(schoolA, "NEW_EMPLOYEE");
    person(schoolB, "YOUNG_SPECIALIST");

    // Each request has the status its pair gave it; the bank of mentees still counts all four.
    long p1 = pair(request(y1, "IN_PAIR", "2025-09-10T05:00:00Z"), m1, "ACTIVE", null);
    long p2 = pair(request(y2, "COMPLETED", "2025-09-10T05:00:00Z"), m1, "COMPLETED", "2026-03-01T05:00:00Z");
    request(y3, "ACCEPTED", "2026-05-10T07:00:00Z");
    pair(request(y4, "ENDED_EARLY", "2026-04-20T07:00:00Z"), m2, "ENDED_EARLY", "2026-02-01T05:00:00Z");
    request(newcomer, "SUBMITTED", "2026-05-01T05:00:00Z");

    long program1 = program(p1, schoolA, "APPROVED", null);
    long october = meeting(program1, 1, "2025-10-01", "HELD");
    long november = meeting(program1, 2, "2025-11-01", "HELD");
    long may = meeting(program1, 3, "2026-05-01", "PLANNED");
    meeting(program1, 4, "2026-06-01", "PLANNED");
    meeting(program1, 5, "2026-01-15", "CANCELLED");
    feedback(october, "MENTOR", "2025-10-04T18:00:00Z", 8);
    feedback(october, "MENTEE", "2025-10-04T18:00:00Z", 10);
    feedback(november, "MENTOR", "2025-11-04T18:00:00Z", 6);
    feedback(november, "MENTEE", "2025-11-04T18:00:00Z", null);
    feedback(may, "MENTOR", "2026-06-04T18:00:00Z", null);

    long program2 = program(p2, schoolA, "COMPLETED", "2026-02-20T05:00:00Z");
    survey(program2, 1, 3, 7);
    survey(program2, 2, 5, 6);
    survey(program2, 3, 4, null);

    long roadmap = insert("roadmap", row("municipality_id", municipalityId, "organization_id", centre, "scope", "MUNICIPALITY",
        "title", "Дорожная карта мониторинга", "period_start", LocalDate.of(2025, 1, 1), "period_end", LocalDate.of(2027, 12, 31),
        "lead_days", 30, "status", "ACTIVE", "imported_by", "demo", "imported_at", ts("2025-01-10T05:00:00Z")));
    long i1 = item(roadmap, 1, true);
    long i2 = item(roadmap, 2, false);
    long i3 = item(roadmap, 3, false);
    jdbc.update("insert into roadmap_item_indicator (item_id, indicator_year, target) values (?, 2026, 1), (?, 2026, 10), (?, 2025, 1)",
        i1, i2, i1);
    occurrence(i1, schoolA, "2026-03-01", "DONE", null);
    occurrence(i2, schoolA, "2026-04-01", "OVERDUE", null);
    occurrence(i2, schoolA, "2026-05-01", "DONE", 4);
    occurrence(i2, schoolA, "2026-06-15", "OPEN", null);
    occurrence(i1, schoolA, "2025-10-01", "SKIPPED", null);
    occurrence(i1, schoolB, "2026-03-01", "OPEN", null);
    occurrence(i3, centre, "2026-01-15", "DONE", null);
    // The rows went in past the application: its kept-up sums are rebuilt, as migration V27 builds them.
    sums.rebuild();
  }

  private List<Figures> figures() {
    return metrics.byOrganization(municipalityId, null, new MonitoringMetrics.Period(LocalDate.of(2025, 9, 1), AS_OF, KHM));
  }

  private Figures of(long organizationId) {
    return figures().stream().filter(f -> f.organizationId() == organizationId).findFirst().orElseThrow();
  }

  @Test
  void schoolAsBanksPairsAndYoungSpecialistsAreCountedAsOfTheReportDate() {
    Figures a = of(schoolA);

    assertThat(a.organization()).isEqualTo("Школа А");
    assertThat(a.mentorsInBank()).isEqualTo(2);
    assertThat(a.menteesInBank()).isEqualTo(4);
    assertThat(a.activePairs()).isEqualTo(1);
    assertThat(a.completedPairs()).isEqualTo(1);
    assertThat(a.endedEarlyPairs()).isEqualTo(1);
    assertThat(a.youngSpecialists()).isEqualTo(4);
    assertThat(a.youngWithMentor()).isEqualTo(2);
    assertThat(a.youngCoveragePercent()).isEqualTo(50);
  }

  @Test
  void requestsWithoutAMentorAndHowLongTheyHaveWaited() {
    Figures a = of(schoolA);

    assertThat(a.requestsWithoutMentor()).isEqualTo(2);
    assertThat(a.waitingDaysTotal()).isEqualTo(40);
    assertThat(a.waitingDaysMax()).isEqualTo(30);
    assertThat(a.averageWaitingDays()).isEqualByComparingTo(new BigDecimal("20.0"));
  }

  @Test
  void meetingsFeedbackSatisfactionAndGrowthOfThePeriod() {
    Figures a = of(schoolA);

    assertThat(a.meetingsPlanned()).isEqualTo(3);
    assertThat(a.meetingsHeld()).isEqualTo(2);
    assertThat(a.meetingsHeldPercent()).isEqualTo(67);
    assertThat(a.feedbackDue()).isEqualTo(4);
    assertThat(a.feedbackGiven()).isEqualTo(3);
    assertThat(a.feedbackPercent()).isEqualTo(75);
    assertThat(a.averageSatisfaction()).isEqualByComparingTo(new BigDecimal("8.0"));
    assertThat(a.growthItems()).isEqualTo(2);
    assertThat(a.averageGrowth()).isEqualByComparingTo(new BigDecimal("2.5"));
  }

  @Test
  void roadmapItemsDoneAndOverdueAndIndicatorsPlanAgainstFact() {
    Figures a = of(schoolA);
    Figures b = of(schoolB);

    assertThat(a.roadmapDue()).isEqualTo(3);
    assertThat(a.roadmapDone()).isEqualTo(2);
    assertThat(a.roadmapOverdue()).isEqualTo(1);
    assertThat(a.indicatorPlan()).isEqualTo(11);
    assertThat(a.indicatorFact()).isEqualTo(5);
    assertThat(b.roadmapDue()).isEqualTo(1);
    assertThat(b.roadmapOverdue()).isEqualTo(1);
    assertThat(b.indicatorPlan()).isEqualTo(1);
    assertThat(b.indicatorFact()).isZero();
    assertThat(of(centre).roadmapDone()).isEqualTo(1);
  }

  @Test
  void theMunicipalityIsTheExactSumOfItsOrganizations() {
    Figures total = metrics.total("Район мониторинга", figures());

    assertThat(total.organizationId()).isNull();
    assertThat(total.mentorsInBank()).isEqualTo(3);
    assertThat(total.youngSpecialists()).isEqualTo(5);
    assertThat(total.youngCoveragePercent()).isEqualTo(40);
    assertThat(total.averageSatisfaction()).isEqualByComparingTo(new BigDecimal("8.0"));
    assertThat(total.roadmapDue()).isEqualTo(5);
    assertThat(total.roadmapDone()).isEqualTo(3);
    assertThat(total.roadmapOverdue()).isEqualTo(2);
    assertThat(total.indicatorPlan()).isEqualTo(12);
    assertThat(total.indicatorFact()).isEqualTo(5);
    assertThat(total.indicatorPercent()).isEqualTo(42);
    assertThat(total.lines()).contains(new Figures.Line("Из них с наставником", "2 (40%)"),
        new Figures.Line("Средняя удовлетворённость встречами (1–10)", "8,0"),
        new Figures.Line("Ожидание наставника, дней: в среднем / наибольшее", "20,0 / 30"));
  }

  @Test
  void oneOrganizationAloneGivesTheSameFigures() {
    List<Figures> only = metrics.byOrganization(municipalityId, schoolA,
        new MonitoringMetrics.Period(LocalDate.of(2025, 9, 1), AS_OF, KHM));

    assertThat(only).containsExactly(of(schoolA));
  }

  // --- rows ---------------------------------------------------------------------------------

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private static Timestamp ts(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }

  private long insert(String table, Map<String, Object> values) {
    return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(values.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(values).longValue();
  }

  private long person(long organization, String category) {
    return insert("person", row("organization_id", organization, "full_name", "Участник " + category, "category", category,
        "minor", false, "created_at", ts("2025-09-01T05:00:00Z"), "updated_at", ts("2025-09-01T05:00:00Z")));
  }

  private long mentor(long organization, String status) {
    long person = person(organization, "EXPERIENCED");
    return insert("mentor_profile", row("person_id", person, "organization_id", organization, "capacity", 2, "status", status,
        "training_status", "COMPLETED", "submitted_by", "demo", "submitted_at", ts("2025-09-05T05:00:00Z")));
  }

  private long request(long mentee, String status, String filedAt) {
    long organization = jdbc.queryForObject("select organization_id from person where id = ?", Long.class, mentee);
    return insert("mentoring_request", row("mentee_id", mentee, "organization_id", organization, "desired_form", "TRADITIONAL",
        "status", status, "late", false, "filed_by", "demo", "filed_at", ts(filedAt), "review_overdue", false));
  }

  private long pair(long request, long mentor, String status, String endedAt) {
    long organization = jdbc.queryForObject("select organization_id from mentoring_request where id = ?", Long.class, request);
    return insert("mentoring_pair", row("request_id", request, "mentor_profile_id", mentor, "organization_id", organization,
        "status", status, "score", 50, "proposed_by", "demo", "proposed_at", ts("2025-09-15T05:00:00Z"), "ended_at", ts(endedAt)));
  }

  private long program(long pair, long organization, String status, String finalSurveyAt) {
    return insert("mentoring_program", row("pair_id", pair, "organization_id", organization, "status", status,
        "starts_on", LocalDate.of(2025, 9, 20), "good_practice", false, "reward_status", "NOT_PROPOSED",
        "created_at", ts("2025-09-20T05:00:00Z"), "final_survey_at", ts(finalSurveyAt)));
  }

  /** A held meeting was held at noon of its planned day. */
  private long meeting(long program, int seq, String plannedOn, String status) {
    return insert("program_meeting", row("program_id", program, "seq", seq, "kind", "WORKING", "topic", "Встреча " + seq,
        "planned_on", LocalDate.parse(plannedOn), "status", status,
        "held_at", status.equals("HELD") ? ts(plannedOn + "T07:00:00Z") : null));
  }

  private void feedback(long meeting, String author, String dueAt, Integer rating) {
    insert("meeting_feedback", row("meeting_id", meeting, "author", author, "due_at", ts(dueAt), "rating", rating,
        "submitted_at", rating == null ? null : ts(dueAt), "late", false, "missed", rating == null));
  }

  private void survey(long program, int seq, int entry, Integer fin) {
    insert("program_survey_item", row("program_id", program, "seq", seq, "code", "C" + seq, "title", "Затруднение " + seq,
        "entry_score", entry, "final_score", fin));
  }

  private long item(long roadmap, int sort, boolean fanOut) {
    return insert("roadmap_item", row("roadmap_id", roadmap, "sort_order", sort, "number", "1." + sort, "title", "Мероприятие " + sort,
        "deadline_kind", "DATE", "deadline_set_by_reviewer", false, "responsible_bodies", "", "responsible_set_by_reviewer", false,
        "fan_out", fanOut, "source_row", sort));
  }

  private void occurrence(long item, long organization, String dueDate, String status, Integer value) {
    insert("roadmap_occurrence", row("item_id", item, "organization_id", organization, "kind", "DEADLINE",
        "responsible_group", "curators-x", "escalation_group", "directors-x", "due_date", LocalDate.parse(dueDate),
        "activate_at", ts("2025-09-01T05:00:00Z"), "status", status, "escalations", 0, "late", false, "indicator_value", value));
  }
}
