package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * A remembered HTTP Basic login ({@link LoginCache}) saves the engine's three lookups, and never
 * outlives a change: each attack uses a login just remembered on both the API and the engine's REST,
 * then the account is changed the way an administrator or the user would, and the very next call
 * must see the change.
 */
class LoginCacheIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String PASSWORD = "Cache-Check-2026!";
  private static final String CURATORS = "curators-khm-sch1";

  @Autowired IdentityService identityService;
  @Autowired LoginCache cache;
  @Autowired JdbcTemplate jdbc;

  private String login;
  private long school;

  @BeforeEach
  void aCuratorOfSchoolOne() throws Exception {
    login = "cache-curator-" + SEQUENCE.incrementAndGet();
    User user = identityService.newUser(login);
    user.setFirstName("Вера");
    user.setLastName("Кэшева");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(login, CURATORS);
    for (JsonNode o : JSON.readTree(as("demo").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals("khm-sch1")) {
        school = o.get("id").asLong();
      }
    }
  }

  private TestRestTemplate with(String password) {
    return rest.withBasicAuth(login, password);
  }

  private HttpStatus mentorBank(String password) {
    return HttpStatus.valueOf(with(password).getForEntity("/api/mentors?organizationId=" + school, String.class)
        .getStatusCode().value());
  }

  private HttpStatus engineGroups(String password) {
    return HttpStatus.valueOf(with(password).getForEntity("/engine-rest/group?member=" + login, String.class)
        .getStatusCode().value());
  }

  /** Both doors answered once from the engine, then from memory. */
  private void remembered() {
    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(engineGroups(PASSWORD)).isEqualTo(HttpStatus.OK);
    long hits = cache.hits();
    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(engineGroups(PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(cache.hits()).as("the second calls are answered from memory").isGreaterThanOrEqualTo(hits + 2);
  }

  @Test
  void aRepeatedLoginIsAnsweredFromMemoryWithoutAskingTheEngine() {
    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.OK);
    long checks = cache.checks();
    long hits = cache.hits();

    for (int i = 0; i < 5; i++) {
      assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.OK);
      assertThat(engineGroups(PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    assertThat(cache.checks()).isEqualTo(checks);
    assertThat(cache.hits()).isEqualTo(hits + 10);
  }

  @Test
  void aWrongPasswordIsNeverAnsweredFromMemory() {
    remembered();
    long checks = cache.checks();

    assertThat(mentorBank(PASSWORD + "x")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineGroups("")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineGroups(PASSWORD.substring(1))).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(cache.checks()).as("every wrong password went to the engine").isEqualTo(checks + 3);
    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anOldPasswordStopsWorkingTheMomentTheUserChangesIt() {
    remembered();
    String changed = PASSWORD + "-new";

    ResponseEntity<String> change = with(PASSWORD).exchange("/engine-rest/user/" + login + "/credentials", HttpMethod.PUT,
        json(Map.of("password", changed, "authenticatedUserPassword", PASSWORD)), String.class);

    assertThat(change.getStatusCode()).as(change.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineGroups(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(mentorBank(changed)).isEqualTo(HttpStatus.OK);
    assertThat(engineGroups(changed)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCuratorRemovedFromTheSchoolLosesItAtTheNextCall() {
    remembered();

    identityService.deleteMembership(login, CURATORS);

    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(with(PASSWORD).getForObject("/engine-rest/task/count?candidateGroup=" + CURATORS, String.class))
        .isEqualTo("{\"count\":0}");
    identityService.createMembership(login, CURATORS);
    assertThat(mentorBank(PASSWORD)).as("a membership given back works at once too").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDeletedAccountIsRefusedAtTheNextCall() {
    remembered();

    identityService.deleteMembership(login, CURATORS);
    identityService.deleteUser(login);

    assertThat(mentorBank(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineGroups(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aChangeThatRollsBackLeavesTheRevisionAsItWas() {
    Long before = jdbc.queryForObject("select revision from identity_revision", Long.class);

    // A membership in a group that does not exist: the engine refuses it inside its transaction.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> identityService.createMembership(login, "no-such-group"));

    assertThat(jdbc.queryForObject("select revision from identity_revision", Long.class)).isEqualTo(before);
    identityService.deleteMembership(login, CURATORS);
    assertThat(jdbc.queryForObject("select revision from identity_revision", Long.class)).isEqualTo(before + 1);
  }
}
