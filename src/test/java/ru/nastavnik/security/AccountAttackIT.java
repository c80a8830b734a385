package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.PersonRepository;

/**
 * Attacks on accounts and roles, each first as the attacker tried it, then the refusal: taking over
 * an existing login, promoting oneself, granting a role one may not grant (every cell of the
 * matrix), deleting or rewriting one's own engine account.
 */
class AccountAttackIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired IdentityService identityService;
  @Autowired PersonRepository people;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  private long organizationId(String code) throws Exception {
    for (JsonNode o : JSON.readTree(as("demo").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(code)) return o.get("id").asLong();
    }
    throw new AssertionError(code);
  }

  private Set<String> groupsOf(String login) {
    Set<String> groups = new TreeSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(login).list()) {
      groups.add(group.getId());
    }
    return groups;
  }

  @Test
  void aCuratorCannotTakeOverTheAdministratorsLogin() throws Exception {
    User before = identityService.createUserQuery().userId("demo").singleResult();
    Set<String> groupsBefore = groupsOf("demo");

    ResponseEntity<String> attack = post("curator1", "/api/people", Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Захватчик Иван", "email", "evil@example.com", "login", "demo", "roles", List.of("MENTEE")));

    assertThat(attack.getStatusCode()).as(attack.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(attack.getBody()).contains("уже существует в системе").contains("администратор");
    User after = identityService.createUserQuery().userId("demo").singleResult();
    assertThat(after.getEmail()).isEqualTo(before.getEmail());
    assertThat(after.getLastName()).isEqualTo(before.getLastName());
    assertThat(groupsOf("demo")).isEqualTo(groupsBefore).doesNotContain("mentees-khm-sch1");
    assertThat(people.existsByLogin("demo")).isFalse();
  }

  @Test
  void aCuratorCannotTakeOverACoordinatorCreatedInCamundaAdmin() throws Exception {
    String login = "coord-admin-" + SEQUENCE.incrementAndGet();
    User coordinator = identityService.newUser(login);
    coordinator.setFirstName("Ольга");
    coordinator.setLastName("Координаторова");
    coordinator.setPassword("Надёжный-пароль-2026");
    identityService.saveUser(coordinator);
    identityService.createMembership(login, "coordinators-khm");

    ResponseEntity<String> attack = post("curator1", "/api/people", Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Подменная Ольга", "login", login, "roles", List.of("MENTOR")));

    assertThat(attack.getStatusCode()).as(attack.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(groupsOf(login)).containsExactly("coordinators-khm");
    assertThat(identityService.createUserQuery().userId(login).singleResult().getLastName()).isEqualTo("Координаторова");
  }

  @Test
  void onlyAnAdministratorLinksAnExistingLoginToAPersonAndOnlyOnPurpose() throws Exception {
    String login = "existing-" + SEQUENCE.incrementAndGet();
    User existing = identityService.newUser(login);
    existing.setPassword("Надёжный-пароль-2026");
    identityService.saveUser(existing);
    Map<String, Object> person = new HashMap<>(Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Привязанная Анна", "login", login, "roles", List.of("MENTOR")));

    ResponseEntity<String> adminWithoutIntent = post("demo", "/api/people", person);
    assertThat(adminWithoutIntent.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> curatorLinking = new HashMap<>(person);
    curatorLinking.put("linkExistingLogin", true);
    ResponseEntity<String> curator = post("curator1", "/api/people", curatorLinking);
    assertThat(curator.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<String> admin = post("demo", "/api/people", curatorLinking);
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(groupsOf(login)).contains("mentors-khm-sch1");
  }

  @Test
  void aCuratorCannotMakeHerselfDirector() throws Exception {
    JsonNode me = JSON.readTree(as("curator1").getForEntity("/api/people/me", String.class).getBody());
    Map<String, Object> promoted = new HashMap<>();
    promoted.put("organizationId", me.get("organizationId").asLong());
    promoted.put("fullName", me.get("fullName").asText());
    promoted.put("login", "curator1");
    promoted.put("experienceYears", me.get("experienceYears").asInt());
    promoted.put("roles", List.of("CURATOR", "DIRECTOR"));

    ResponseEntity<String> attack = as("curator1").exchange("/api/people/" + me.get("id").asLong(), HttpMethod.PUT,
        json(promoted), String.class);

    assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(attack.getBody()).contains("Свои роли");
    assertThat(groupsOf("curator1")).doesNotContain("directors-khm-sch1");
  }

  @Test
  void aDirectorCannotRewriteTheDepartmentsPeopleOrTheirLogins() throws Exception {
    JsonNode manager = JSON.readTree(as("manager").getForEntity("/api/people/me", String.class).getBody());
    Map<String, Object> rewritten = new HashMap<>();
    rewritten.put("organizationId", manager.get("organizationId").asLong());
    rewritten.put("fullName", "Переписанный Менеджер");
    rewritten.put("email", "attacker@example.com");
    rewritten.put("login", "manager");
    rewritten.put("roles", List.of("MANAGER"));

    ResponseEntity<String> attack = as("coordinator").exchange("/api/people/" + manager.get("id").asLong(), HttpMethod.PUT,
        json(rewritten), String.class);

    assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("manager").singleResult().getEmail()).isNotEqualTo("attacker@example.com");
  }

  /** Every cell of the role matrix of the README: who grants which role in which organization. */
  @ParameterizedTest(name = "{0} даёт роль {1} в {2}: {3}")
  @CsvSource({
      // mentors and mentees: the school's curator
      "curator1,    MENTEE,      khm-sch1, 201",
      "curator1,    MENTOR,      khm-sch1, 201",
      "curator1,    CURATOR,     khm-sch1, 403",
      "curator1,    DIRECTOR,    khm-sch1, 403",
      "curator1,    COORDINATOR, khm-cro,  403",
      "curator1,    MANAGER,     khm-do,   403",
      "curator1,    MENTEE,      khm-sch2, 403",
      // curators: the school's director or the department
      "director1,   MENTEE,      khm-sch1, 403",
      "director1,   MENTOR,      khm-sch1, 403",
      "director1,   CURATOR,     khm-sch1, 201",
      "director1,   DIRECTOR,    khm-sch1, 403",
      "director1,   COORDINATOR, khm-cro,  403",
      "director1,   MANAGER,     khm-do,   403",
      "director1,   CURATOR,     khm-sch2, 403",
      // directors, coordinators, managers: the department of the municipality
      "manager,     MENTEE,      khm-sch1, 403",
      "manager,     MENTOR,      khm-sch1, 403",
      "manager,     CURATOR,     khm-sch1, 201",
      "manager,     DIRECTOR,    khm-sch1, 201",
      "manager,     COORDINATOR, khm-cro,  201",
      "manager,     MANAGER,     khm-do,   201",
      "manager-vlg, CURATOR,     khm-sch1, 403",
      "manager-vlg, DIRECTOR,    khm-sch1, 403",
      "manager-vlg, COORDINATOR, khm-cro,  403",
      "manager-vlg, MANAGER,     khm-do,   403",
      // the coordinator keeps registries but grants no role
      "coordinator, MENTEE,      khm-sch1, 403",
      "coordinator, MENTOR,      khm-sch1, 403",
      "coordinator, CURATOR,     khm-sch1, 403",
      "coordinator, DIRECTOR,    khm-sch1, 403",
      "coordinator, COORDINATOR, khm-cro,  403",
      "coordinator, MANAGER,     khm-do,   403",
      // mentors and mentees grant nothing
      "mentor1a,    MENTEE,      khm-sch1, 403",
      "mentee1a,    MENTOR,      khm-sch1, 403",
      // the administrator grants every role
      "demo,        MENTEE,      khm-sch1, 201",
      "demo,        MENTOR,      khm-sch1, 201",
      "demo,        CURATOR,     khm-sch1, 201",
      "demo,        DIRECTOR,    khm-sch1, 201",
      "demo,        COORDINATOR, khm-cro,  201",
      "demo,        MANAGER,     khm-do,   201",
  })
  void rolesAreGrantedOnlyAsTheMatrixSays(String caller, String role, String organization, int expected) throws Exception {
    String login = "grant-" + SEQUENCE.incrementAndGet() + "-" + role.toLowerCase();

    ResponseEntity<String> response = post(caller, "/api/people", Map.of("organizationId", organizationId(organization),
        "fullName", "Назначаемый Сотрудник", "experienceYears", 12, "login", login, "roles", List.of(role)));

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
    assertThat(identityService.createUserQuery().userId(login).count()).isEqualTo(expected == 201 ? 1 : 0);
    assertThat(people.existsByLogin(login)).isEqualTo(expected == 201);
    if (expected == 201) {
      // Other tests count the members of these groups: the role is taken away again.
      long id = JSON.readTree(response.getBody()).get("id").asLong();
      ResponseEntity<String> revoked = as("demo").exchange("/api/people/" + id, HttpMethod.PUT, json(Map.of(
          "organizationId", organizationId(organization), "fullName", "Назначаемый Сотрудник", "experienceYears", 12,
          "login", login, "roles", List.of())), String.class);
      assertThat(revoked.getStatusCode()).as(revoked.getBody()).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void takingARoleAwayFollowsTheSameMatrix() throws Exception {
    String login = "curator-to-remove-" + SEQUENCE.incrementAndGet();
    ResponseEntity<String> created = post("director1", "/api/people", Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Снимаемый Куратор", "experienceYears", 12, "login", login, "roles", List.of("CURATOR")));
    long id = JSON.readTree(created.getBody()).get("id").asLong();
    Map<String, Object> withoutRole = Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Снимаемый Куратор", "experienceYears", 12, "login", login, "roles", List.of());

    ResponseEntity<String> byCurator = as("curator1").exchange("/api/people/" + id, HttpMethod.PUT, json(withoutRole), String.class);
    assertThat(byCurator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(groupsOf(login)).contains("curators-khm-sch1");

    ResponseEntity<String> byDirector = as("director1").exchange("/api/people/" + id, HttpMethod.PUT, json(withoutRole), String.class);
    assertThat(byDirector.getStatusCode()).as(byDirector.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(groupsOf(login)).doesNotContain("curators-khm-sch1");
  }

  @Test
  void aUserCannotDeleteOrRewriteTheirOwnEngineAccountButMayChangeTheirPassword() {
    ResponseEntity<String> delete = as("mentor2b").exchange("/engine-rest/user/mentor2b", HttpMethod.DELETE, null, String.class);
    assertThat(delete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.CONFLICT);
    assertThat(delete.getBody()).containsPattern("[а-я]{4,}");
    assertThat(identityService.createUserQuery().userId("mentor2b").count()).isEqualTo(1);

    ResponseEntity<String> profile = as("mentor2b").exchange("/engine-rest/user/mentor2b/profile", HttpMethod.PUT,
        json(Map.of("id", "mentor2b", "firstName", "Взлом", "lastName", "Взломов", "email", "x@example.com")), String.class);
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("mentor2b").singleResult().getLastName()).isNotEqualTo("Взломов");

    ResponseEntity<String> password = as("mentor2b").exchange("/engine-rest/user/mentor2b/credentials", HttpMethod.PUT,
        json(Map.of("password", "demo", "authenticatedUserPassword", DEMO_PASSWORD)), String.class);
    assertThat(password.getStatusCode()).as(password.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void evenTheAdministratorDeletesAPersonsLoginOnlyByDeletingThePerson() {
    ResponseEntity<String> delete = as("demo").exchange("/engine-rest/user/mentee2b", HttpMethod.DELETE, null, String.class);

    assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(delete.getBody()).contains("принадлежит участнику");
    assertThat(identityService.createUserQuery().userId("mentee2b").count()).isEqualTo(1);
  }

  @Test
  void aLoginWithoutAPasswordIsARussian401NotAnError() throws Exception {
    String login = "no-password-" + SEQUENCE.incrementAndGet();
    ResponseEntity<String> created = post("curator1", "/api/people", Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Новая Учительница", "experienceYears", 1, "login", login, "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    for (String path : List.of("/api/people/me", "/engine-rest/task")) {
      ResponseEntity<String> attempt = rest.withBasicAuth(login, "").getForEntity(path, String.class);
      assertThat(attempt.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(attempt.getBody()).as(path).contains("Требуется вход");
    }
    // The Tasklist login form: the page first, then the form with the token the page gave.
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    java.net.http.HttpResponse<String> webapp = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + login + "&password=")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(webapp.statusCode()).isEqualTo(401);
    assertThat(webapp.body()).contains("Неверный логин или пароль");
  }
}
