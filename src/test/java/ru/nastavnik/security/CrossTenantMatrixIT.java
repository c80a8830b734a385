package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Every endpoint of our API and the engine resources that carry a school's data, attacked by every
 * kind of outsider: nobody logged in, the other municipality, another school of the same
 * municipality, and people of the same school without the right. Each attack is refused (401, 403,
 * 404), or answered with the attacker's own data only: no name of the school's people, no code
 * of the school and no id of its processes in the body. Write attempts are always refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantMatrixIT extends IntegrationTestSupport {

  private static final String ANONYMOUS = "—";
  private static final List<String> OUTSIDERS = List.of(ANONYMOUS, "curator-vlg5", "manager-vlg");
  private static final List<String> OTHER_SCHOOL = List.of("curator2", "director2", "mentor2a", "mentee2a");

  @Autowired JdbcTemplate jdbc;

  private long org1;
  private long mun;
  private long person1;
  private long consent1;
  private long request1;
  private long pair1;
  private long program1;
  private long mentor1;
  private long campaign;
  private long report1;
  private Long roadmap;
  private String instance1;
  private final List<String> markers = new ArrayList<>();

  @BeforeAll
  void resourcesOfSchoolOne() {
    org1 = jdbc.queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
    mun = jdbc.queryForObject("select municipality_id from organization where code = 'khm-sch1'", Long.class);
    person1 = jdbc.queryForObject("select id from person where login = 'mentee1a'", Long.class);
    consent1 = jdbc.queryForObject("select min(id) from consent where person_id = ?", Long.class, person1);
    mentor1 = jdbc.queryForObject("select m.id from mentor_profile m join person p on p.id = m.person_id where p.login = 'mentor1a'",
        Long.class);
    pair1 = jdbc.queryForObject("select min(id) from mentoring_pair where organization_id = ?", Long.class, org1);
    program1 = jdbc.queryForObject("select id from mentoring_program where pair_id = ?", Long.class, pair1);
    roadmap = jdbc.queryForObject("select min(id) from roadmap", Long.class);
    ResponseEntity<String> filed = post("mentee1a", "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of("difficulties", variable("[\"ASSESSMENT\"]", "Json"),
            "otherDifficulty", variable("Секрет школы один", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode().value()).as(filed.getBody()).isEqualTo(200);
    instance1 = filed.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    request1 = jdbc.queryForObject("select id from mentoring_request where process_instance_id = ?", Long.class, instance1);
    // Another test class may have opened this year already: the matrix needs an open year, not a new one.
    ResponseEntity<String> opened = post("coordinator", "/api/monitoring/campaigns?municipalityId=" + mun, null);
    assertThat(opened.getStatusCode().is2xxSuccessful() || opened.getBody().contains("уже открыт")).as(opened.getBody()).isTrue();
    campaign = jdbc.queryForObject("select max(id) from monitoring_campaign where municipality_id = ?", Long.class, mun);
    report1 = jdbc.queryForObject("select coalesce(max(id), -1) from monitoring_report where organization_id = ?", Long.class, org1);
    markers.addAll(jdbc.queryForList("select full_name from person where organization_id = ?", String.class, org1));
    markers.add("khm-sch1");
    markers.add("Секрет школы один");
    markers.add(instance1);
  }

  /** One attack: who sends what to where. */
  record Attack(String caller, HttpMethod method, String path, Object body) {
    @Override
    public String toString() {
      return caller + " " + method + " " + path;
    }
  }

  private static List<String> callers(List<?>... groups) {
    List<String> all = new ArrayList<>();
    for (List<?> group : groups) group.forEach(c -> all.add((String) c));
    return all;
  }

  private Stream<Arguments> reads() {
    List<String> school = callers(OUTSIDERS, OTHER_SCHOOL, List.of("mentor1a", "mentee1b"));
    List<String> personal = callers(OUTSIDERS, OTHER_SCHOOL, List.of("mentor1a", "mentee1b"));
    List<String> municipal = callers(OUTSIDERS, List.of("curator1", "director1", "mentor1a", "mentee1b"));
    List<Arguments> rows = new ArrayList<>();
    read(rows, personal, "/api/people?organizationId=" + org1);
    read(rows, personal, "/api/people/" + person1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/api/people");
    read(rows, personal, "/api/people/" + person1 + "/consents");
    read(rows, personal, "/api/organizations/" + org1 + "/requests");
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/api/mentors?organizationId=" + org1);
    read(rows, personal, "/api/matching/requests/" + request1 + "/candidates");
    read(rows, personal, "/api/matching/requests/" + request1 + "/searches");
    read(rows, personal, "/api/matching/bank-assignment?organizationId=" + org1);
    read(rows, municipal, "/api/matching/bank-assignment?municipalityId=" + mun);
    read(rows, school, "/api/programs?pairId=" + pair1);
    read(rows, school, "/api/programs/" + program1);
    read(rows, school, "/api/programs/missed-feedback?organizationId=" + org1);
    for (String registry : List.of("mentors", "mentees", "participants", "programs", "practices")) {
      read(rows, school, "/api/registries/" + registry + ".xlsx?organizationId=" + org1);
      read(rows, municipal, "/api/registries/" + registry + ".xlsx?municipalityId=" + mun);
    }
    read(rows, OUTSIDERS, "/api/monitoring/schedule?municipalityId=" + mun);
    read(rows, OUTSIDERS, "/api/monitoring/campaigns?municipalityId=" + mun);
    read(rows, OUTSIDERS, "/api/monitoring/campaigns/" + campaign);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/api/monitoring/figures?municipalityId=" + mun + "&organizationId=" + org1);
    read(rows, municipal, "/api/monitoring/figures?municipalityId=" + mun);
    if (report1 > 0) {
      read(rows, school, "/api/monitoring/reports/" + report1 + "/spravka.docx");
      read(rows, school, "/api/monitoring/reports/" + report1 + "/figures.xlsx");
    }
    read(rows, municipal, "/api/dashboard?municipalityId=" + mun);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/api/practices?organizationId=" + org1);
    read(rows, OUTSIDERS, "/api/practices/published?municipalityId=" + mun);
    read(rows, OUTSIDERS, "/api/roadmaps");
    if (roadmap != null) {
      read(rows, OUTSIDERS, "/api/roadmaps/" + roadmap + "/progress");
    }
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/api/organizations/" + org1);
    read(rows, OUTSIDERS, "/api/organizations?municipalityId=" + mun);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL, List.of("curator1", "director1", "mentee1b")), "/api/security/login-failures");
    // The engine's resources of the school's request process.
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/process-instance/" + instance1 + "/variables");
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/process-instance?processInstanceIds=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/task?processInstanceId=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/variable-instance?processInstanceIdIn=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/history/process-instance?processInstanceId=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/history/variable-instance?processInstanceId=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/history/task?processInstanceId=" + instance1);
    read(rows, callers(OUTSIDERS, OTHER_SCHOOL), "/engine-rest/history/activity-instance?processInstanceId=" + instance1);
    return rows.stream();
  }

  private static void read(List<Arguments> rows, List<String> attackers, String path) {
    attackers.forEach(caller -> rows.add(Arguments.of(new Attack(caller, HttpMethod.GET, path, null))));
  }

  private Stream<Arguments> writes() {
    List<String> personal = callers(OUTSIDERS, OTHER_SCHOOL, List.of("mentor1a", "mentee1b"));
    List<String> municipal = callers(OUTSIDERS, List.of("curator1", "director1", "mentor1a", "mentee1b"));
    Map<String, Object> person = Map.of("organizationId", org1, "fullName", "Подменённая Фамилия", "login", "mentee1a",
        "experienceYears", 1, "roles", List.of("MENTEE"));
    List<Arguments> rows = new ArrayList<>();
    write(rows, personal, HttpMethod.POST, "/api/people", Map.of("organizationId", org1, "fullName", "Внедрённый Иван"));
    write(rows, personal, HttpMethod.PUT, "/api/people/" + person1, person);
    write(rows, personal, HttpMethod.DELETE, "/api/people/" + person1, null);
    write(rows, personal, HttpMethod.POST, "/api/people/" + person1 + "/consents",
        Map.of("kind", "MENTORING_DUTIES", "givenBy", "Кто-то", "givenByRelation", "SELF"));
    write(rows, personal, HttpMethod.POST, "/api/people/" + person1 + "/consents/" + consent1 + "/withdraw", Map.of("reason", "атака"));
    write(rows, personal, HttpMethod.PUT, "/api/organizations/" + org1 + "/request-campaigns/2026", Map.of("closesOn", "2026-12-20"));
    write(rows, callers(personal, List.of("mentor1b")), HttpMethod.PUT, "/api/mentors/" + mentor1 + "/training",
        Map.of("trainingStatus", "NOT_STARTED"));
    write(rows, callers(OUTSIDERS, OTHER_SCHOOL, List.of("mentee1b")), HttpMethod.POST, "/api/pairs/" + pair1 + "/end-early",
        Map.of("reason", "атака"));
    write(rows, municipal, HttpMethod.PUT, "/api/monitoring/schedule?municipalityId=" + mun, Map.of("ORG_REPORTS_DUE", "0 0 18 16 12 *"));
    write(rows, municipal, HttpMethod.POST, "/api/monitoring/campaigns?municipalityId=" + mun, null);
    write(rows, callers(OUTSIDERS, OTHER_SCHOOL, List.of("curator1", "mentee1b")), HttpMethod.PUT, "/api/organizations/" + org1,
        Map.of("municipalityId", mun, "kind", "SCHOOL", "code", "khm-sch1", "name", "Захваченная школа", "shortName", "ЗШ"));
    write(rows, municipal, HttpMethod.PUT, "/api/municipalities/" + mun,
        Map.of("regionId", 1, "code", "khm", "name", "Захвачено", "timeZone", "Europe/Moscow"));
    write(rows, callers(OUTSIDERS, List.of("curator1", "mentee1b", "manager", "coordinator")), HttpMethod.POST, "/api/regions",
        Map.of("code", "zz", "name", "Новый регион"));
    write(rows, callers(OUTSIDERS, List.of("curator1", "mentee1b")), HttpMethod.DELETE, "/api/security/login-failures/mentee1a", null);
    write(rows, callers(OUTSIDERS, OTHER_SCHOOL), HttpMethod.PUT, "/engine-rest/process-instance/" + instance1 + "/variables/x",
        Map.of("value", "атака", "type", "String"));
    write(rows, callers(OUTSIDERS, OTHER_SCHOOL), HttpMethod.DELETE, "/engine-rest/process-instance/" + instance1, null);
    return rows.stream();
  }

  private static void write(List<Arguments> rows, List<String> attackers, HttpMethod method, String path, Object body) {
    attackers.forEach(caller -> rows.add(Arguments.of(new Attack(caller, method, path, body))));
  }

  private ResponseEntity<String> send(Attack attack) {
    TestRestTemplate client = ANONYMOUS.equals(attack.caller()) ? rest : as(attack.caller());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(attack.path(), attack.method(), new HttpEntity<>(attack.body(), headers), String.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aReadOfAnotherTenantsDataLeaksNothing(Attack attack) {
    ResponseEntity<String> response = send(attack);

    int status = response.getStatusCode().value();
    assertThat(status).as(attack + ": " + response.getBody()).isIn(200, 401, 403, 404);
    String body = response.getBody() == null ? "" : response.getBody();
    for (String marker : markers) {
      assertThat(body).as(attack + " leaks «" + marker + "»").doesNotContain(marker);
    }
    if (status == 200 && attack.path().contains(".xlsx")) {
      throw new AssertionError(attack + ": a registry of another tenant was sent");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void aWriteToAnotherTenantsDataIsRefusedAndChangesNothing(Attack attack) {
    String before = snapshot();

    ResponseEntity<String> response = send(attack);

    assertThat(response.getStatusCode().value()).as(attack + ": " + response.getBody()).isIn(401, 403, 404);
    assertThat(snapshot()).as(attack + " changed data").isEqualTo(before);
  }

  /** What the writes above would change. */
  private String snapshot() {
    return jdbc.queryForList("select full_name, login, anonymized_at from person where id = ?", person1)
        + "|" + jdbc.queryForList("select withdrawn_at from consent where person_id = ? order by id", person1)
        + "|" + jdbc.queryForList("select count(*) from person where full_name = 'Внедрённый Иван'")
        + "|" + jdbc.queryForList("select name, short_name from organization where id = ?", org1)
        + "|" + jdbc.queryForList("select name from municipality where id = ?", mun)
        + "|" + jdbc.queryForList("select training_status from mentor_profile where id = ?", mentor1)
        + "|" + jdbc.queryForList("select status, end_reason from mentoring_pair where id = ?", pair1)
        + "|" + jdbc.queryForList("select count(*) from region")
        + "|" + jdbc.queryForList("select * from monitoring_schedule where municipality_id = ? order by 1", mun)
        + "|" + jdbc.queryForList("select count(*) from monitoring_campaign")
        + "|" + jdbc.queryForList("select * from collection_campaign where organization_id = ? order by 1", org1)
        + "|" + jdbc.queryForList("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", instance1)
        + "|" + jdbc.queryForList("select count(*) from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'x'", instance1);
  }
}
