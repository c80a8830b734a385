package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.system.CurrentUser;

/**
 * Property test over generated data sets: meetings planned, held and cancelled at random moments
 * around the periods, feedback given early, late or never, with and without a rating. For every
 * period the figures obey their rules — ratings ≤ feedback given ≤ feedback due, meetings held ≤
 * planned, the municipality is the sum of its organizations — and the dashboard's satisfaction
 * is the monitoring's for the same year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresConsistencyIT extends IntegrationTestSupport {

  private static final ZoneId ZONE = MonitoringMunicipality.ZONE;
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final String[] MEETING_STATUSES = {"PLANNED", "HELD", "HELD", "HELD", "CANCELLED"};

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReportingSumsKeeper sums;
  @Autowired DataSource dataSource;
  @Autowired MonitoringMetrics metrics;
  @Autowired DashboardService dashboard;

  private MonitoringMunicipality municipality;
  private Long mentorProfile;

  @BeforeAll
  void aMunicipalityWithRandomMeetingsAndFeedback() {
    municipality = MonitoringMunicipality.create(
        new MonitoringMunicipality.Services(organizations, people, consents, accounts, transaction, jdbc), "prop", "Город Свойств");
    mentorProfile = jdbc.queryForObject("select min(id) from mentor_profile where organization_id = ?", Long.class,
        municipality.schoolA().getId());
    Random random = new Random(20261203);
    Instant now = Instant.now();
    for (long school : List.of(municipality.schoolA().getId(), municipality.schoolB().getId())) {
      for (int p = 0; p < 6; p++) {
        program(school, random, now);
      }
    }
    // The rows went in past the application: its kept-up sums are rebuilt, as migration V27 builds them.
    sums.rebuild();
  }

  private void program(long school, Random random, Instant now) {
    long mentee = jdbc.queryForObject("select min(id) from person where organization_id = ?", Long.class, school);
    Instant start = now.minus(400 + random.nextInt(300), ChronoUnit.DAYS);
    Long request = insert("mentoring_request", row("mentee_id", mentee, "organization_id", school, "desired_form", "TRADITIONAL",
        "status", "ACCEPTED", "late", false, "filed_by", "demo", "filed_at", at(start), "review_overdue", false,
        "category", "YOUNG_SPECIALIST"));
    Long pair = insert("mentoring_pair", row("request_id", request, "mentor_profile_id", mentorProfile, "organization_id", school,
        "status", "ACTIVE", "score", 70, "proposed_by", "demo", "proposed_at", at(start)));
    Long program = insert("mentoring_program", row("pair_id", pair, "organization_id", school, "status", "APPROVED",
        "starts_on", LocalDate.ofInstant(start, ZONE), "good_practice", false, "reward_status", "NOT_PROPOSED",
        "created_at", at(start)));
    for (int m = 1; m <= 12; m++) {
      Instant moment = start.plus(random.nextInt(800), ChronoUnit.DAYS).plus(random.nextInt(24), ChronoUnit.HOURS);
      String status = MEETING_STATUSES[random.nextInt(MEETING_STATUSES.length)];
      Map<String, Object> meeting = row("program_id", program, "seq", m, "kind", "WORKING", "topic", "Тема " + m,
          "planned_on", LocalDate.ofInstant(moment, ZONE), "status", status);
      if (status.equals("HELD")) {
        meeting.put("held_at", at(moment.plus(random.nextInt(5) - 2, ChronoUnit.DAYS)));
      }
      Long id = insert("program_meeting", meeting);
      if (!status.equals("HELD")) {
        continue;
      }
      for (String author : List.of("MENTOR", "MENTEE")) {
        if (random.nextInt(5) == 0) {
          continue;
        }
        Instant due = moment.plus(3, ChronoUnit.DAYS);
        Map<String, Object> feedback = row("meeting_id", id, "author", author, "due_at", at(due), "late", false,
            "missed", false);
        int kind = random.nextInt(4);
        if (kind > 0) {
          feedback.put("submitted_at", at(due.plus(random.nextInt(6) - 4, ChronoUnit.DAYS)));
          feedback.put("submitted_by", "demo");
          if (kind > 1) {
            feedback.put("rating", 1 + random.nextInt(10));
          }
        }
        insertRow("meeting_feedback", feedback);
      }
    }
  }

  @ParameterizedTest(name = "период, оканчивающийся {0} дн. назад")
  @ValueSource(ints = {0, 30, 120, 200, 365, 500})
  void everyPeriodsFiguresObeyTheirRules(int daysAgo) {
    Instant asOf = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
    LocalDate from = LocalDate.ofInstant(asOf, ZONE).minusMonths(7);
    List<Figures> rows = metrics.byOrganization(municipality.municipalityId(), null, new MonitoringMetrics.Period(from, asOf, ZONE));
    Figures total = metrics.total("Город Свойств", rows);

    for (Figures f : rows) {
      assertThat(f.ratings()).as(f.organization() + ": оценок не больше отзывов").isLessThanOrEqualTo(f.feedbackGiven());
      assertThat(f.feedbackGiven()).as(f.organization() + ": отзывов не больше ожидаемых").isLessThanOrEqualTo(f.feedbackDue());
      assertThat(f.meetingsHeld()).as(f.organization() + ": проведено не больше запланированных").isLessThanOrEqualTo(f.meetingsPlanned());
      assertThat(f.ratingSum()).isBetween((long) f.ratings(), 10L * f.ratings());
      if (f.ratings() > 0) {
        assertThat(f.meetingsHeld()).as(f.organization() + ": есть оценки — есть и проведённые встречи").isPositive();
      }
    }
    for (ToLongFunction<Figures> field : List.<ToLongFunction<Figures>>of(Figures::meetingsPlanned, Figures::meetingsHeld,
        Figures::feedbackDue, Figures::feedbackGiven, Figures::ratings, Figures::ratingSum, Figures::activePairs,
        Figures::mentorsInBank, Figures::menteesInBank, Figures::youngSpecialists, Figures::youngWithMentor)) {
      assertThat(field.applyAsLong(total)).as("муниципалитет = сумма организаций")
          .isEqualTo(rows.stream().mapToLong(field).sum());
    }
  }

  @ParameterizedTest(name = "{0} год")
  @ValueSource(ints = {-2, -1, 0})
  void theDashboardsSatisfactionIsTheMonitoringsForTheSameYear(int yearsAgo) {
    int year = LocalDate.now(ZONE).getYear() + yearsAgo;
    Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
    List<Figures> rows = metrics.byOrganization(municipality.municipalityId(), null,
        new MonitoringMetrics.Period(LocalDate.of(year, 1, 1), yearEnd, ZONE));
    List<DashboardService.Satisfaction> satisfaction = CurrentUser.runAs(ADMIN,
        () -> dashboard.dashboard(ADMIN, municipality.municipalityId(), null, year).satisfaction());

    for (Figures f : rows) {
      int fromDashboard = satisfaction.stream().filter(s -> s.organizationId().equals(f.organizationId()))
          .mapToInt(DashboardService.Satisfaction::ratings).sum();
      assertThat(fromDashboard).as(f.organization() + " " + year).isEqualTo(f.ratings());
      satisfaction.stream().filter(s -> s.organizationId().equals(f.organizationId())).findFirst().ifPresent(s ->
          assertThat(s.average()).isEqualTo(Math.round(10.0 * f.ratingSum() / f.ratings()) / 10.0));
    }
  }

  private static Timestamp at(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private Long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private void insertRow(String table, Map<String, Object> row) {
    new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new)).execute(row);
  }
}
