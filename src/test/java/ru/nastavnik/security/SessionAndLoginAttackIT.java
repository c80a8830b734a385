package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Attacks through the browser session and the login: a state change of our API posted from a
 * foreign page with the victim's session cookie, statistics that counted another municipality's
 * instances, and password guessing that used to lock the owner out for good.
 */
class SessionAndLoginAttackIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired LoginThrottle throttle;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** A browser logged in to the Camunda webapps: its cookies, and the CSRF token the webapps gave it. */
  private record Browser(HttpClient client, CookieManager cookies) {
    String token() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Browser loggedIn(String login) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(URI.create(url("/camunda/app/cockpit/default/"))).build(), HttpResponse.BodyHandlers.discarding());
    Browser browser = new Browser(client, cookies);
    HttpResponse<String> response = webappLogin(browser, login, DEMO_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    client.send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default"))).build(),
        HttpResponse.BodyHandlers.discarding());
    return browser;
  }

  private HttpResponse<String> webappLogin(Browser browser, String login, String password) throws Exception {
    return browser.client().send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/login/cockpit")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", browser.token())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private long khm() throws Exception {
    for (JsonNode m : JSON.readTree(as("coordinator").getForEntity("/api/municipalities", String.class).getBody())) {
      if (m.get("code").asText().equals("khm")) return m.get("id").asLong();
    }
    throw new AssertionError("khm");
  }

  @Test
  void aForeignPageCannotChangeDataWithTheCoordinatorsSessionCookie() throws Exception {
    Browser browser = loggedIn("coordinator");
    String campaigns = url("/api/monitoring/campaigns?municipalityId=" + khm());

    HttpResponse<String> plainFormPost = browser.client().send(HttpRequest.newBuilder(URI.create(campaigns))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(plainFormPost.statusCode()).isEqualTo(403);
    assertThat(plainFormPost.body()).contains("CSRF");

    HttpResponse<String> withoutToken = browser.client().send(HttpRequest.newBuilder(URI.create(campaigns))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);

    HttpResponse<String> foreignOriginWithToken = browser.client().send(HttpRequest.newBuilder(URI.create(campaigns))
        .header("X-XSRF-TOKEN", browser.token()).header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(foreignOriginWithToken.statusCode()).isEqualTo(403);

    HttpResponse<String> ownPage = browser.client().send(HttpRequest.newBuilder(URI.create(campaigns))
        .header("X-XSRF-TOKEN", browser.token()).header("Origin", "http://localhost:" + port)
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ownPage.statusCode()).as(ownPage.body()).isNotEqualTo(403).isLessThan(500);

    HttpResponse<String> reading = browser.client().send(HttpRequest.newBuilder(URI.create(url("/api/people/me"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(reading.statusCode()).as("reading needs no token").isEqualTo(200);
  }

  @Test
  void statisticsCountOnlyTheInstancesTheCallerMayRead() throws Exception {
    long all = runtimeService.createProcessInstanceQuery().processDefinitionKey("MentoringRequestProcess").active().count()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("MentoringRequestProcess").suspended().count();
    // A new teacher of school 1, for whom the curator files a request.
    long school = jdbc.queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
    String login = "statistics-mentee-" + System.nanoTime() % 100000;
    ResponseEntity<String> person = post("curator1", "/api/people", java.util.Map.of("organizationId", school,
        "fullName", "Считаемая Вера", "experienceYears", 1, "login", login, "roles", List.of("MENTEE")));
    long personId = JSON.readTree(person.getBody()).get("id").asLong();
    post("curator1", "/api/people/" + personId + "/consents", java.util.Map.of("kind", "PERSONAL_DATA",
        "givenBy", "Считаемая Вера", "givenByRelation", "SELF"));
    ResponseEntity<String> request = post("curator1", "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        java.util.Map.of("variables", java.util.Map.of("menteeLogin", variable(login, "String"),
            "difficulties", variable("[\"ASSESSMENT\"]", "Json"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(request.getStatusCode()).as(request.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(instancesOf("demo", "MentoringRequestProcess")).isEqualTo(all + 1);
    assertThat(instancesOf("curator-vlg5", "MentoringRequestProcess")).isZero();
    assertThat(instancesOf("manager-vlg", "MentoringRequestProcess")).isZero();
    assertThat(instancesOf("manager", "MentoringRequestProcess")).isGreaterThanOrEqualTo(1);
  }

  private long instancesOf(String login, String key) throws Exception {
    ResponseEntity<String> response = as(login).getForEntity("/engine-rest/process-definition/statistics?incidents=true", String.class);
    if (response.getStatusCode() == HttpStatus.FORBIDDEN) {
      return 0;
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    long instances = 0;
    for (JsonNode entry : JSON.readTree(response.getBody())) {
      if (entry.at("/definition/key").asText().equals(key)) {
        instances += entry.get("instances").asLong();
      }
    }
    return instances;
  }

  @Test
  void guessingAPasswordSlowsTheGuesserDownWithoutLockingTheOwnerOut() throws Exception {
    // The application's clock stands still during the guesses, however slow the machine is.
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    try {
      List<Integer> statuses = new ArrayList<>();
      ResponseEntity<String> refused = null;
      for (int i = 0; i < 10; i++) {
        ResponseEntity<String> guess = rest.withBasicAuth("mentor3b", "guess-" + i).getForEntity("/api/people/me", String.class);
        statuses.add(guess.getStatusCode().value());
        if (guess.getStatusCode().value() == 429) {
          refused = guess;
        }
      }
      assertThat(statuses.subList(0, 3)).containsOnly(401);
      assertThat(statuses).contains(429);
      assertThat(refused.getBody()).contains("Подождите").contains("mentor3b");
      assertThat(refused.getHeaders().getFirst("Retry-After")).isNotNull();

      // The owner waits at most a minute, and the account itself is never locked.
      ResponseEntity<String> ownerNow = as("mentor3b").getForEntity("/api/people/me", String.class);
      assertThat(ownerNow.getStatusCode().value()).isEqualTo(429);
      ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
      assertThat(as("mentor3b").getForEntity("/api/people/me", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      ClockUtil.reset();
      throttle.unlock("mentor3b");
    }
  }

  @Test
  void theAdministratorSeesTheFailuresAndLetsTheOwnerInAtOnce() throws Exception {
    try {
      for (int i = 0; i < 8; i++) {
        rest.withBasicAuth("mentee3b", "guess-" + i).getForEntity("/api/people/me", String.class);
      }
      assertThat(as("mentee3b").getForEntity("/api/people/me", String.class).getStatusCode().value()).isEqualTo(429);

      ResponseEntity<String> notAdmin = as("curator3").getForEntity("/api/security/login-failures", String.class);
      assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<String> failures = as("demo").getForEntity("/api/security/login-failures", String.class);
      assertThat(failures.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(failures.getBody()).contains("\"login\":\"mentee3b\"").contains("\"address\"").contains("\"count\"");

      ResponseEntity<String> unlocked = as("demo").exchange("/api/security/login-failures/mentee3b", HttpMethod.DELETE, null, String.class);
      assertThat(unlocked.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(as("mentee3b").getForEntity("/api/people/me", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      throttle.unlock("mentee3b");
    }
  }

  @Test
  void theWebappLoginFormIsSlowedDownTooAndSaysSoInRussian() throws Exception {
    try {
      CookieManager cookies = new CookieManager();
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
      client.send(HttpRequest.newBuilder(URI.create(url("/camunda/app/tasklist/default/"))).build(), HttpResponse.BodyHandlers.discarding());
      Browser browser = new Browser(client, cookies);
      HttpResponse<String> last = null;
      for (int i = 0; i < 8; i++) {
        last = webappLogin(browser, "mentor2a", "guess-" + i);
        if (last.statusCode() == 429) break;
        assertThat(last.statusCode()).isEqualTo(401);
        assertThat(last.body()).contains("Неверный логин или пароль");
      }
      assertThat(last.statusCode()).isEqualTo(429);
      assertThat(JSON.readTree(last.body()).get("message").asText()).contains("Подождите");
    } finally {
      throttle.unlock("mentor2a");
    }
  }
}
