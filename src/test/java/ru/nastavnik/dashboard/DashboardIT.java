package ru.nastavnik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentorChoice;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.PairAnswer;
import ru.nastavnik.pair.PairFormationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestDraft;
import ru.nastavnik.request.ReviewDecision;
import ru.nastavnik.system.CurrentUser;

/**
 * The dashboard's figures against a municipality of its own whose expected figures are counted
 * by hand: school A has 3 young specialists, one of them in an active pair and one in a proposed
 * pair; school B has 1 young specialist whose accepted request waits for a mentor.
 *
 * <p>Its roadmap (fixed dates in 2024 and 2025, «open» ones in June of next year):
 * <pre>
 * I.  I.1 (fan-out, plan 2024: 2, 2025: 2)  A 01.03.2024 done, Б 01.03.2024 done (late),
 *                                             A 01.03.2025 done, Б 01.03.2025 OPEN but past → overdue
 *     I.2 (school A, plan 2025: 10)           A 01.05.2025 done (4), A 01.09.2025 done (3),
 *                                             A 01.10.2025 skipped (9, never counted), A next June planned → open
 * II. II.1 (school Б)                         Б 01.11.2024 OVERDUE, 3 escalations; Б next June open
 *     II.2 (department)                       department 01.12.2025 done
 * (no section) 0.1 (department)               department next June open
 * </pre>
 * Ratings of school A's program: 2024 — mentee 8, mentor 10; 2025 — mentee 5, mentor 6; one
 * feedback never given.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @Autowired ReportingSumsKeeper sums;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired MentoringRequestService requests;
  @Autowired MentorBankService mentorBank;
  @Autowired PairFormationService pairs;
  @Autowired TransactionTemplate transaction;

  @Autowired DataSource dataSource;

  private long municipalityId;
  private long schoolA;
  private long schoolB;
  private long department;
  private int nextYear;

  @BeforeAll
  void aMunicipalityCountedByHand() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "dash-test", "Тестовая область");
      Municipality municipality = organizations.createMunicipality(ADMIN, region.getId(), "dash", "Тестовый район",
          ZoneId.of("Europe/Volgograd").getId());
      municipalityId = municipality.getId();
      Organization department = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.DEPARTMENT, "dash-do",
          "Отдел образования", "Отдел образования", null);
      Organization a = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.SCHOOL, "dash-a", "Школа А", "Школа А", null);
      Organization b = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.SCHOOL, "dash-b", "Школа Б", "Школа Б", null);
      this.department = department.getId();
      schoolA = a.getId();
      schoolB = b.getId();
      person(department, "dash-manager", "Начальникова Инна", 20, EnumSet.of(Role.MANAGER));
      person(b, "dash-curator-b", "Кураторова Бэла", 15, EnumSet.of(Role.CURATOR));
      Person mentor = person(a, "dash-mentor", "Опытнова Вера", 25, EnumSet.of(Role.MENTOR));
      consents.record(ADMIN, mentor.getId(), ConsentKind.MENTORING_DUTIES, mentor.getFullName(), ConsentGiver.SELF, null, null);
      MentorProfile profile = mentorBank.registerApproved(mentor.getId(), Set.of("ASSESSMENT"), Set.of(MentoringForm.TRADITIONAL),
          3, TrainingStatus.COMPLETED, "demo", Instant.now());
      Person young1 = person(a, "dash-young1", "Молодова Аня", 1, EnumSet.of(Role.MENTEE));
      Person young2 = person(a, "dash-young2", "Молодов Борис", 2, EnumSet.of(Role.MENTEE));
      person(a, "dash-young3", "Молодова Вика", 0, EnumSet.of(Role.MENTEE));
      Person young4 = person(b, "dash-young4", "Молодов Гоша", 3, EnumSet.of(Role.MENTEE));
      MentoringPair active = pair(young1, profile);
      pairs.mentorAnswer(active.getId(), PairAnswer.ACCEPT, null, Instant.now());
      pairs.menteeAnswer(active.getId(), PairAnswer.ACCEPT, null, Instant.now());
      pairs.activate(active.getId(), "1-о", java.time.LocalDate.now(ZoneId.of("Europe/Volgograd")), Instant.now());
      pair(young2, profile);
      accepted(young4);
      roadmap();
      ratings(active);
      return null;
    }));
  }

  private Long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private void insertRow(String table, Map<String, Object> row) {
    new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new)).execute(row);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Timestamp noon(LocalDate day) {
    return Timestamp.from(day.atTime(12, 0).atOffset(ZoneOffset.ofHours(3)).toInstant());
  }

  private void roadmap() {
    nextYear = LocalDate.now(ZoneId.of("Europe/Volgograd")).getYear() + 1;
    Long roadmap = insert("roadmap", row("municipality_id", municipalityId, "organization_id", department,
        "scope", "MUNICIPALITY", "title", "Дорожная карта Тестового района", "period_start", LocalDate.of(2024, 1, 1),
        "period_end", LocalDate.of(nextYear, 12, 31), "lead_days", 30, "status", "ACTIVE", "imported_by", "demo",
        "imported_at", noon(LocalDate.of(2024, 1, 10))));
    insertRow("roadmap_section", row("roadmap_id", roadmap, "sort_order", 0, "number", "I.", "title", "Организация"));
    insertRow("roadmap_section", row("roadmap_id", roadmap, "sort_order", 1, "number", "II.", "title", "Методика"));
    Long appoint = item(roadmap, 1, "I.1.", "I.", "Назначить кураторов", "Образовательные организации", true);
    indicator(appoint, 2024, 2);
    indicator(appoint, 2025, 2);
    Long trainings = item(roadmap, 2, "I.2.", "I.", "Провести занятия для наставников", "Школа А, куратор", false);
    indicator(trainings, 2025, 10);
    Long seminar = item(roadmap, 3, "II.1.", "II.", "Провести семинар", "Школа Б", false);
    Long report = item(roadmap, 4, "II.2.", "II.", "Подготовить отчёт", "Отдел образования", false);
    Long preface = item(roadmap, 0, "0.1.", null, "Утвердить дорожную карту", "Отдел образования", false);
    LocalDate june = LocalDate.of(nextYear, 6, 30);
    occurrence(appoint, schoolA, "curators-dash-a", "directors-dash-a", LocalDate.of(2024, 3, 1), "DONE", 0, null, false);
    occurrence(appoint, schoolB, "curators-dash-b", "directors-dash-b", LocalDate.of(2024, 3, 1), "DONE", 0, null, true);
    occurrence(appoint, schoolA, "curators-dash-a", "directors-dash-a", LocalDate.of(2025, 3, 1), "DONE", 0, null, false);
    occurrence(appoint, schoolB, "curators-dash-b", "directors-dash-b", LocalDate.of(2025, 3, 1), "OPEN", 0, null, false);
    occurrence(trainings, schoolA, "curators-dash-a", "directors-dash-a", LocalDate.of(2025, 5, 1), "DONE", 0, 4, false);
    occurrence(trainings, schoolA, "curators-dash-a", "directors-dash-a", LocalDate.of(2025, 9, 1), "DONE", 0, 3, false);
    occurrence(trainings, schoolA, "curators-dash-a", "directors-dash-a", LocalDate.of(2025, 10, 1), "SKIPPED", 0, 9, false);
    occurrence(trainings, schoolA, "curators-dash-a", "directors-dash-a", june, "PLANNED", 0, null, false);
    occurrence(seminar, schoolB, "curators-dash-b", "directors-dash-b", LocalDate.of(2024, 11, 1), "OVERDUE", 3, null, false);
    occurrence(seminar, schoolB, "curators-dash-b", "directors-dash-b", june, "OPEN", 0, null, false);
    occurrence(report, department, "managers-dash", "managers-dash", LocalDate.of(2025, 12, 1), "DONE", 0, null, false);
    occurrence(preface, department, "managers-dash", "managers-dash", june, "OPEN", 0, null, false);
  }

  private Long item(Long roadmap, int order, String number, String section, String title, String responsible, boolean fanOut) {
    return insert("roadmap_item", row("roadmap_id", roadmap, "sort_order", order, "number", number, "section_number", section,
        "title", title, "deadline_kind", "DATE", "deadline_set_by_reviewer", false, "responsible_text", responsible,
        "responsible_bodies", fanOut ? "ORGANIZATIONS" : "DEPARTMENT", "responsible_set_by_reviewer", false,
        "fan_out", fanOut, "source_row", order + 1));
  }

  private void indicator(Long item, int year, int target) {
    insertRow("roadmap_item_indicator", row("item_id", item, "indicator_year", year, "target", target));
  }

  private void occurrence(Long item, long organization, String group, String escalationGroup, LocalDate due, String status,
      int escalations, Integer value, boolean late) {
    insert("roadmap_occurrence", row("item_id", item, "organization_id", organization, "kind", "DEADLINE",
        "responsible_group", group, "escalation_group", escalationGroup, "due_date", due,
        "activate_at", noon(due.minusDays(30)), "status", status, "escalations", escalations, "late", late,
        "indicator_value", value));
  }

  private void ratings(MentoringPair pair) {
    Long program = insert("mentoring_program", row("pair_id", pair.getId(), "organization_id", schoolA, "status", "APPROVED",
        "starts_on", LocalDate.of(2024, 10, 1), "good_practice", false, "reward_status", "NOT_PROPOSED",
        "created_at", noon(LocalDate.of(2024, 9, 20))));
    Long first = meeting(program, 1, LocalDate.of(2024, 10, 10));
    Long second = meeting(program, 2, LocalDate.of(2025, 2, 10));
    Long third = meeting(program, 3, LocalDate.of(2025, 3, 10));
    feedback(first, "MENTEE", 8, LocalDate.of(2024, 10, 11));
    feedback(first, "MENTOR", 10, LocalDate.of(2024, 10, 11));
    feedback(second, "MENTEE", 5, LocalDate.of(2025, 2, 11));
    feedback(second, "MENTOR", 6, LocalDate.of(2025, 2, 11));
    feedback(third, "MENTEE", null, null);
    // Written past the application: its kept-up sums are told, as code writing them with SQL does.
    sums.meetingsWrittenDirectly(List.of(first, second, third));
  }

  private Long meeting(Long program, int seq, LocalDate day) {
    return insert("program_meeting", row("program_id", program, "seq", seq, "kind", "WORKING", "topic", "Встреча " + seq,
        "planned_on", day, "status", "HELD", "held_at", noon(day)));
  }

  private void feedback(Long meeting, String author, Integer rating, LocalDate submitted) {
    insert("meeting_feedback", row("meeting_id", meeting, "author", author, "due_at", noon(LocalDate.of(2025, 3, 13)),
        "rating", rating, "submitted_at", submitted == null ? null : noon(submitted), "late", false, "missed", rating == null));
  }

  private Person person(Organization organization, String login, String name, int years, EnumSet<Role> roles) {
    Person person = people.create(ADMIN, new PersonData(organization.getId(), name, null, Set.of(), years, null,
        login + "@dash.test", false, login, roles));
    consents.record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    accounts.setPassword(login, DEMO_PASSWORD);
    return person;
  }

  private MentoringRequest accepted(Person mentee) {
    MentoringRequest request = requests.file(new CurrentUser(mentee.getLogin(), Set.of()),
        new RequestDraft(null, List.of("ASSESSMENT"), null, null, "TRADITIONAL"), Instant.now());
    return requests.decide(request.getId(), ReviewDecision.ACCEPT, null, "demo", Instant.now());
  }

  private MentoringPair pair(Person mentee, MentorProfile mentor) {
    MentoringRequest request = accepted(mentee);
    return pairs.propose(request.getId(), new MentorChoice(mentor.getId()), "demo", Instant.now()).orElseThrow();
  }

  @Test
  void theDepartmentSeesTheFiguresCountedByHand() throws Exception {
    ResponseEntity<String> response = as("dash-manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode dashboard = JSON.readTree(response.getBody());
    assertThat(dashboard.get("municipality").asText()).isEqualTo("Тестовый район");
    assertThat(dashboard.get("mentorsInBank").asInt()).isEqualTo(1);
    assertThat(dashboard.get("requestsWithoutMentor").asInt()).isEqualTo(1);
    JsonNode coverage = dashboard.get("coverage");
    assertThat(coverage.size()).isEqualTo(2);
    assertThat(coverage.get(0).get("organization").asText()).isEqualTo("Школа А");
    assertThat(coverage.get(0).get("youngSpecialists").asInt()).isEqualTo(3);
    assertThat(coverage.get(0).get("withMentor").asInt()).isEqualTo(1);
    assertThat(coverage.get(0).get("percent").asInt()).isEqualTo(33);
    assertThat(coverage.get(1).get("youngSpecialists").asInt()).isEqualTo(1);
    assertThat(coverage.get(1).get("withMentor").asInt()).isZero();
    for (JsonNode stage : dashboard.get("pairsByStage")) {
      int expected = switch (stage.get("status").asText()) {
        case "ACTIVE", "PROPOSED" -> 1;
        default -> 0;
      };
      assertThat(stage.get("pairs").asInt()).as(stage.get("title").asText()).isEqualTo(expected);
    }
  }

  @Test
  void anotherMunicipalitysManagerAndACuratorDoNotGetTheMunicipalView() {
    assertThat(as("manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("curator1").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private JsonNode dashboard(String login, String filters) throws Exception {
    ResponseEntity<String> response = as(login).getForEntity("/api/dashboard?municipalityId=" + municipalityId + filters,
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  /** "title: done/open/overdue/total" of every section row, in order. */
  private static List<String> sections(JsonNode dashboard) {
    List<String> rows = new java.util.ArrayList<>();
    dashboard.get("roadmapSections").forEach(s -> rows.add(s.get("section").asText() + ": " + s.get("done").asInt() + "/"
        + s.get("open").asInt() + "/" + s.get("overdue").asInt() + "/" + s.get("total").asInt()));
    return rows;
  }

  /** "year number: target→fact" of every indicator row, in order. */
  private static List<String> indicators(JsonNode dashboard) {
    List<String> rows = new java.util.ArrayList<>();
    dashboard.get("indicators").forEach(i -> rows.add(i.get("year").asInt() + " " + i.get("number").asText() + ": "
        + i.get("target").asInt() + "→" + i.get("fact").asInt()));
    return rows;
  }

  @Test
  void roadmapSectionsAreCountedDoneOpenAndOverdue() throws Exception {
    JsonNode all = dashboard("dash-manager", "");
    assertThat(sections(all)).containsExactly("Без раздела: 0/1/0/1", "Организация: 5/1/1/7", "Методика: 1/1/1/3");
    assertThat(all.get("roadmapSections").get(1).get("number").asText()).isEqualTo("I.");
    assertThat(all.get("roadmapSections").get(1).get("roadmap").asText()).isEqualTo("Дорожная карта Тестового района");
    assertThat(all.get("overdueTotal").asInt()).isEqualTo(2);

    assertThat(sections(dashboard("dash-manager", "&organizationId=" + schoolA))).containsExactly("Организация: 4/1/0/5");
    assertThat(sections(dashboard("dash-manager", "&year=2024"))).containsExactly("Организация: 2/0/0/2", "Методика: 0/0/1/1");
    assertThat(sections(dashboard("dash-manager", "&organizationId=" + schoolB + "&year=2025")))
        .containsExactly("Организация: 0/0/1/1");
    assertThat(sections(dashboard("dash-manager", "&year=" + nextYear)))
        .containsExactly("Без раздела: 0/1/0/1", "Организация: 0/1/0/1", "Методика: 0/1/0/1");
  }

  @Test
  void indicatorsShowPlanAgainstFactPerYear() throws Exception {
    // I.1 is done by every school: the fact is the number of schools that did all that was due in the year.
    // I.2 sums the values recorded with its done occurrences (4 + 3); the skipped one's 9 is not counted.
    assertThat(indicators(dashboard("dash-manager", ""))).containsExactly("2024 I.1.: 2→2", "2025 I.1.: 2→1", "2025 I.2.: 10→7");
    JsonNode year = dashboard("dash-manager", "&year=2025");
    assertThat(indicators(year)).containsExactly("2025 I.1.: 2→1", "2025 I.2.: 10→7");
    assertThat(year.get("indicators").get(1).get("percent").asInt()).isEqualTo(70);
    assertThat(year.get("indicators").get(1).get("factSource").asText()).isEqualTo("RECORDED_VALUES");
    assertThat(year.get("indicators").get(0).get("factSource").asText()).isEqualTo("ORGANIZATIONS_DONE");
    assertThat(indicators(dashboard("dash-manager", "&organizationId=" + schoolB))).containsExactly("2024 I.1.: 2→1", "2025 I.1.: 2→0");
  }

  @Test
  void satisfactionIsTheAverageOfTheSubmittedRatings() throws Exception {
    JsonNode all = dashboard("dash-manager", "").get("satisfaction");
    assertThat(all.size()).isEqualTo(1);
    assertThat(all.get(0).get("organization").asText()).isEqualTo("Школа А");
    assertThat(all.get(0).get("ratings").asInt()).isEqualTo(4);
    assertThat(all.get(0).get("average").asDouble()).isEqualTo(7.3); // (8 + 10 + 5 + 6) / 4 = 7.25
    assertThat(all.get(0).get("menteeRatings").asInt()).isEqualTo(2);
    assertThat(all.get(0).get("menteeAverage").asDouble()).isEqualTo(6.5);

    JsonNode of2024 = dashboard("dash-manager", "&year=2024").get("satisfaction");
    assertThat(of2024.get(0).get("ratings").asInt()).isEqualTo(2);
    assertThat(of2024.get(0).get("average").asDouble()).isEqualTo(9.0);
    assertThat(dashboard("dash-manager", "&year=2025").get("satisfaction").get(0).get("average").asDouble()).isEqualTo(5.5);
    assertThat(dashboard("dash-manager", "&organizationId=" + schoolB).get("satisfaction").size()).isZero();
  }

  @Test
  void overdueOccurrencesNameWhoIsResponsible() throws Exception {
    LocalDate before = LocalDate.now(ZoneId.of("Europe/Volgograd"));
    JsonNode overdue = dashboard("dash-manager", "").get("overdue");
    LocalDate after = LocalDate.now(ZoneId.of("Europe/Volgograd"));

    assertThat(overdue.size()).isEqualTo(2);
    JsonNode seminar = overdue.get(0);
    assertThat(seminar.get("itemNumber").asText()).isEqualTo("II.1.");
    assertThat(seminar.get("itemTitle").asText()).isEqualTo("Провести семинар");
    assertThat(seminar.get("organization").asText()).isEqualTo("Школа Б");
    assertThat(seminar.get("responsibleText").asText()).isEqualTo("Школа Б");
    assertThat(seminar.get("responsibleGroup").asText()).isEqualTo("curators-dash-b");
    assertThat(seminar.get("responsibleGroupTitle").asText()).isEqualTo("Кураторы наставничества (curators-dash-b)");
    assertThat(seminar.get("responsiblePeople")).extracting(JsonNode::asText).containsExactly("Кураторова Бэла");
    assertThat(seminar.get("escalationGroup").asText()).isEqualTo("directors-dash-b");
    assertThat(seminar.get("dueDate").asText()).isEqualTo("2024-11-01");
    assertThat(seminar.get("escalations").asInt()).isEqualTo(3);
    assertThat(seminar.get("daysOverdue").asLong()).isBetween(ChronoUnit.DAYS.between(LocalDate.of(2024, 11, 1), before),
        ChronoUnit.DAYS.between(LocalDate.of(2024, 11, 1), after));
    JsonNode appoint = overdue.get(1);
    assertThat(appoint.get("itemNumber").asText()).isEqualTo("I.1.");
    assertThat(appoint.get("dueDate").asText()).isEqualTo("2025-03-01");
    assertThat(appoint.get("escalations").asInt()).isZero();
    assertThat(appoint.get("statusTitle").asText()).as("open, but its date has passed").isEqualTo("В работе");

    assertThat(dashboard("dash-manager", "&organizationId=" + schoolA).get("overdue").size()).isZero();
    JsonNode of2025 = dashboard("dash-manager", "&year=2025").get("overdue");
    assertThat(of2025.size()).isEqualTo(1);
    assertThat(of2025.get(0).get("itemNumber").asText()).isEqualTo("I.1.");
  }

  @Test
  void theYearFilterCountsPairsProposedThatYearAndOffersYearsAndOrganizations() throws Exception {
    int thisYear = LocalDate.now(ZoneId.of("Europe/Volgograd")).getYear();
    JsonNode old = dashboard("dash-manager", "&year=2024");
    for (JsonNode stage : old.get("pairsByStage")) {
      assertThat(stage.get("pairs").asInt()).as(stage.get("title").asText()).isZero();
    }
    assertThat(old.get("coverage").get(0).get("withMentor").asInt()).as("coverage is the current state").isEqualTo(1);
    assertThat(old.get("year").asInt()).isEqualTo(2024);
    JsonNode current = dashboard("dash-manager", "&year=" + thisYear);
    assertThat(current.get("pairsByStage")).filteredOn(s -> s.get("pairs").asInt() > 0)
        .extracting(s -> s.get("status").asText()).containsExactlyInAnyOrder("ACTIVE", "PROPOSED");

    JsonNode filters = current.get("filters");
    assertThat(filters.get("years")).extracting(JsonNode::asInt).contains(2024, 2025, thisYear, nextYear);
    assertThat(filters.get("years").get(0).asInt()).as("newest first").isEqualTo(nextYear);
    assertThat(filters.get("organizations")).extracting(o -> o.get("name").asText())
        .containsExactly("Отдел образования", "Школа А", "Школа Б");
    assertThat(filters.get("organizations").get(0).get("educational").asBoolean()).isFalse();
  }

  @Test
  void filtersOutsideTheMunicipalityAreRefusedInRussian() throws Exception {
    long foreign = new JdbcTemplate(dataSource).queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
    ResponseEntity<String> response = as("dash-manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId
        + "&organizationId=" + foreign, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("не относится к муниципалитету");
    assertThat(as("dash-manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId + "&year=1999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theMunicipalitysOwnCuratorGetsARussianRefusal() throws Exception {
    ResponseEntity<String> response = as("dash-curator-b").getForEntity("/api/dashboard?municipalityId=" + municipalityId
        + "&organizationId=" + schoolB, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(JSON.readTree(response.getBody()).get("detail").asText())
        .isEqualTo("Панель наставничества муниципалитета доступна его координатору и органу управления образованием");
  }
}
