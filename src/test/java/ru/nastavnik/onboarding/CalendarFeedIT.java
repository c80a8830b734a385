package ru.nastavnik.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/** The personal iCalendar feed: the user's meetings and feedback due, by a secret URL that can be revoked. */
class CalendarFeedIT extends IntegrationTestSupport {

  private static final LocalDate MEETING_DAY = LocalDate.of(2026, 12, 15);

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private OnboardingSchools schools;

  @BeforeEach
  void schools() {
    schools = OnboardingSchools.ensure(organizations, people, accounts, transaction, jdbc);
  }

  @Test
  void theFeedListsTheMeetingsAndFeedbackDueAndARevokedUrlIsGone() throws Exception {
    long mentor = person("onb-cal-mentor", "Календарная Зоя Петровна", "MENTOR");
    long mentee = person("onb-cal-mentee", "Расписанов Юрий Львович", "MENTEE");
    seedProgram(mentor, mentee);

    assertThat(rest.getForEntity("/api/calendar/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String url = url(as("onb-cal-mentor").getForEntity("/api/calendar/me", String.class));
    assertThat(url(as("onb-cal-mentor").getForEntity("/api/calendar/me", String.class))).isEqualTo(url);
    assertThat(jdbc.queryForObject("select count(*) from calendar_feed where secret_hash like ?", Integer.class,
        "%" + url.substring(url.lastIndexOf('/') + 1, url.length() - 4) + "%")).isZero();

    List<VEvent> mentorEvents = events(url);
    VEvent planned = find(mentorEvents, "Разбор урока по дробям");
    assertThat(planned.getProperty(Property.DTSTART).map(Property::getValue).orElseThrow()).isEqualTo("20261215");
    assertThat(planned.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow())
        .contains("Календарная Зоя Петровна").contains("Расписанов Юрий Львович");
    assertThat(titles(mentorEvents)).noneMatch(t -> t.startsWith("Срок отзыва"));

    List<VEvent> menteeEvents = events(url(as("onb-cal-mentee").getForEntity("/api/calendar/me", String.class)));
    assertThat(titles(menteeEvents)).contains("Срок отзыва о встрече: Первая встреча: знакомство",
        "Встреча наставничества: Разбор урока по дробям");

    String renewed = url(as("onb-cal-mentor").postForEntity("/api/calendar/me/revoke", null, String.class));
    assertThat(renewed).isNotEqualTo(url);
    ResponseEntity<String> old = rest.getForEntity(path(url), String.class);
    assertThat(old.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(old.getBody()).contains("Календарь не найден");
    assertThat(titles(events(renewed))).contains("Встреча наставничества: Разбор урока по дробям");
  }

  @Test
  void theFeedListsTheOpenRoadmapDeadlinesOfTheUsersGroups() throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    long municipality = jdbc.queryForObject("select municipality_id from organization where id = ?", Long.class,
        schools.schoolA());
    long roadmap = jdbc.queryForObject("insert into roadmap (municipality_id, organization_id, scope, title, period_start,"
        + " period_end, lead_days, status, imported_by, imported_at) values (?, ?, 'ORGANIZATION',"
        + " 'Дорожная карта Школы А', ?, ?, 14, 'ACTIVE', 'test', ?) returning id", Long.class, municipality,
        schools.schoolA(), Date.valueOf(LocalDate.of(2026, 9, 1)), Date.valueOf(LocalDate.of(2027, 6, 30)), now);
    long item = jdbc.queryForObject("insert into roadmap_item (roadmap_id, sort_order, number, title, deadline_kind,"
        + " deadline_set_by_reviewer, responsible_bodies, responsible_set_by_reviewer, fan_out, source_row)"
        + " values (?, 1, '2.3', 'Отчёт куратора о ходе наставничества', 'DATE', false, '', false, false, 5) returning id",
        Long.class, roadmap);
    String insert = "insert into roadmap_occurrence (item_id, organization_id, kind, responsible_group, escalation_group,"
        + " due_date, activate_at, status, escalations, late) values (?, ?, 'DEADLINE', ?, 'directors-onb-a', ?, ?, ?, 0, false)";
    jdbc.update(insert, item, schools.schoolA(), GroupNames.curators("onb-a"), Date.valueOf(LocalDate.of(2026, 12, 25)),
        now, "OPEN");
    jdbc.update(insert, item, schools.schoolA(), GroupNames.curators("onb-a"), Date.valueOf(LocalDate.of(2026, 10, 25)),
        now, "DONE");
    jdbc.update(insert, item, schools.schoolA(), GroupNames.curators("onb-b"), Date.valueOf(LocalDate.of(2026, 12, 26)),
        now, "OPEN");

    List<VEvent> events = events(url(as("onb-curator-a").getForEntity("/api/calendar/me", String.class)));
    List<VEvent> deadlines = events.stream().filter(e -> e.getProperty(Property.SUMMARY).map(Property::getValue)
        .orElse("").startsWith("Срок по дорожной карте: 2.3")).toList();
    assertThat(deadlines).hasSize(1);
    assertThat(deadlines.get(0).getProperty(Property.DTSTART).map(Property::getValue).orElseThrow()).isEqualTo("20261225");
  }

  private long person(String login, String name, String role) throws Exception {
    ResponseEntity<String> created = post("onb-curator-a", "/api/people", Map.of("organizationId", schools.schoolA(),
        "fullName", name, "email", login + "@onb-a.test", "login", login, "roles", List.of(role), "experienceYears", 10));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    accounts.setPassword(login, DEMO_PASSWORD);
    return json.readTree(created.getBody()).get("id").asLong();
  }

  /** An approved program of the pair: one meeting held (the mentee's feedback due), one planned on {@link #MEETING_DAY}. */
  private void seedProgram(long mentor, long mentee) {
    Timestamp now = Timestamp.from(Instant.now());
    long profile = jdbc.queryForObject("insert into mentor_profile (person_id, organization_id, capacity, status,"
        + " training_status, submitted_by, submitted_at) values (?, ?, 2, 'APPROVED', 'COMPLETED', 'test', ?) returning id",
        Long.class, mentor, schools.schoolA(), now);
    long request = jdbc.queryForObject("insert into mentoring_request (mentee_id, organization_id, desired_form, status,"
        + " late, filed_by, filed_at, review_overdue) values (?, ?, 'TRADITIONAL', 'ACCEPTED', false, 'test', ?, false)"
        + " returning id", Long.class, mentee, schools.schoolA(), now);
    long pair = jdbc.queryForObject("insert into mentoring_pair (request_id, mentor_profile_id, organization_id, status,"
        + " score, proposed_by, proposed_at, activated_at) values (?, ?, ?, 'ACTIVE', 80, 'test', ?, ?) returning id",
        Long.class, request, profile, schools.schoolA(), now, now);
    long program = jdbc.queryForObject("insert into mentoring_program (pair_id, organization_id, status, starts_on,"
        + " good_practice, reward_status, created_at) values (?, ?, 'APPROVED', ?, false, 'NOT_PROPOSED', ?) returning id",
        Long.class, pair, schools.schoolA(), Date.valueOf(LocalDate.of(2026, 11, 2)), now);
    long held = jdbc.queryForObject("insert into program_meeting (program_id, seq, kind, topic, planned_on, status,"
        + " held_at, held_on) values (?, 1, 'ACQUAINTANCE', 'Первая встреча: знакомство', ?, 'HELD', ?, ?) returning id",
        Long.class, program, Date.valueOf(LocalDate.of(2026, 11, 10)), now, Date.valueOf(LocalDate.of(2026, 11, 10)));
    jdbc.update("insert into program_meeting (program_id, seq, kind, topic, planned_on, status)"
        + " values (?, 2, 'WORKING', 'Разбор урока по дробям', ?, 'PLANNED')", program, Date.valueOf(MEETING_DAY));
    jdbc.update("insert into meeting_feedback (meeting_id, author, due_at, late, missed) values (?, 'MENTEE', ?, false, false)",
        held, Timestamp.from(Instant.parse("2026-11-13T13:00:00Z")));
  }

  private String url(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String url = json.readTree(response.getBody()).get("url").asText();
    assertThat(url).contains("/api/calendar/feed/").endsWith(".ics");
    return url;
  }

  private List<VEvent> events(String url) throws Exception {
    ResponseEntity<String> feed = rest.getForEntity(path(url), String.class);
    assertThat(feed.getStatusCode()).as(feed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
    return calendar.getComponents(Component.VEVENT);
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }

  private static List<String> titles(List<VEvent> events) {
    return events.stream().map(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).toList();
  }

  private static VEvent find(List<VEvent> events, String topic) {
    return events.stream().filter(e -> e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").contains(topic))
        .findFirst().orElseThrow(() -> new AssertionError("нет встречи «" + topic + "» в " + titles(events)));
  }
}
