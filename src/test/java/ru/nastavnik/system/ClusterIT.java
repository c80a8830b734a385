package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL, as {@code docker-compose --profile cluster} runs them
 * (docs/cluster.md): each the packaged jar in a process of its own. A user logged in on one node
 * is logged in on the other (Spring Session JDBC, no sticky sessions); 50 curator clients working
 * the same tasks through both nodes get 204 or a Russian 409, never a 500; and a burst of timers
 * falling due at once fires every timer exactly once, also when a node is killed with
 * {@code kill -9} in the middle and started again — every step that answered 2xx is there.
 */
class ClusterIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROCESS = "ClusterBurstProcess";
  private static final int INSTANCES = 120;
  private static final int CLIENTS = 50;
  private static final List<String> CURATORS = List.of("curator1", "curator2", "curator3");
  private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

  private static EmbeddedPostgres postgres;
  private static ApplicationNode nodeA;
  private static ApplicationNode nodeB;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void twoNodesOnOneDatabase() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    // A killed node's locked jobs are taken over after the lock time: 15 s here instead of 5 min.
    List<String> settings = List.of("--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--camunda.bpm.job-execution.max-wait=3000");
    nodeA = new ApplicationNode("node-a", url, settings).start();
    // The second node deploys nothing new and finds the demo data there: it starts after the first.
    nodeB = new ApplicationNode("node-b", url, settings).start();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    for (ApplicationNode node : new ApplicationNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.stop();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aUserLoggedInOnOneNodeIsLoggedInOnTheOtherAndLoggedOutOnBoth() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    // A guessed session is nobody on either node.
    for (ApplicationNode node : List.of(nodeA, nodeB)) {
      assertThat(browser.send(request(node, "/camunda/api/admin/auth/user/default").build(), text()).statusCode())
          .isIn(401, 404);
    }
    String token = csrfToken(browser, nodeA);
    HttpResponse<String> login = browser.send(request(nodeA, "/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .header("Origin", nodeA.baseUrl())
        .POST(HttpRequest.BodyPublishers.ofString("username=curator1&password=demo")).build(), text());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    // The same cookie on the other node: the same user, for the webapps and for our API.
    HttpResponse<String> who = browser.send(request(nodeB, "/camunda/api/admin/auth/user/default").build(), text());
    assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
    assertThat(JSON.readTree(who.body()).get("userId").asText()).isEqualTo("curator1");
    HttpResponse<String> me = browser.send(request(nodeB, "/api/people/me").build(), text());
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("curator1");

    // Logged out on B (with B's token of the same session): gone on A as well.
    String tokenOnB = csrfToken(browser, nodeB);
    HttpResponse<String> logout = browser.send(request(nodeB, "/camunda/api/admin/auth/user/default/logout")
        .header("X-XSRF-TOKEN", tokenOnB).header("Origin", nodeB.baseUrl())
        .POST(HttpRequest.BodyPublishers.noBody()).build(), text());
    assertThat(logout.statusCode()).as(logout.body()).isLessThan(300);
    assertThat(browser.send(request(nodeA, "/api/people/me").build(), text()).statusCode()).isEqualTo(401);
  }

  @Test
  void aPasswordChangedOrAnAccountDeletedOnOneNodeIsRefusedOnTheOtherAtTheNextCall() throws Exception {
    String login = "cluster-login";
    String password = "Cluster-Check-2026!";
    HttpResponse<String> created = send(nodeA, "demo", "demo", "POST", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", login, "firstName", "Анна", "lastName", "Узлова"),
        "credentials", Map.of("password", password)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    // Remembered on both nodes (the second call of each is answered from memory).
    for (ApplicationNode node : List.of(nodeA, nodeB, nodeA, nodeB)) {
      assertThat(send(node, login, password, "GET", "/engine-rest/group?member=" + login, null).statusCode()).isEqualTo(200);
    }

    String changed = password + "-new";
    HttpResponse<String> change = send(nodeB, login, password, "PUT", "/engine-rest/user/" + login + "/credentials",
        Map.of("password", changed, "authenticatedUserPassword", password));
    assertThat(change.statusCode()).as(change.body()).isEqualTo(204);

    assertThat(send(nodeA, login, password, "GET", "/engine-rest/group?member=" + login, null).statusCode())
        .as("the old password on the node that remembered it").isEqualTo(401);
    assertThat(send(nodeA, login, changed, "GET", "/engine-rest/group?member=" + login, null).statusCode()).isEqualTo(200);

    HttpResponse<String> deleted = send(nodeB, "demo", "demo", "DELETE", "/engine-rest/user/" + login, null);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(send(nodeA, login, changed, "GET", "/engine-rest/group?member=" + login, null).statusCode())
        .as("a deleted account on the node that remembered it").isEqualTo(401);
  }

  @Test
  void aBurstOfTimersFiresOnceAcrossTwoNodesAndAKilledNodeWhileCuratorsWorkTheSameTasks() throws Exception {
    deploy();
    Date due = new Date(Instant.now().plus(25, ChronoUnit.SECONDS));
    Set<String> started = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < INSTANCES; i++) {
      ApplicationNode node = i % 2 == 0 ? nodeA : nodeB;
      HttpResponse<String> start = send(node, "demo", "POST", "/engine-rest/process-definition/key/" + PROCESS + "/start",
          Map.of("businessKey", "burst-" + i, "variables", Map.of("due", Map.of("value", due.iso, "type", "Date"))));
      assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
      started.add(JSON.readTree(start.body()).get("id").asText());
    }

    Set<String> completed = ConcurrentHashMap.newKeySet();
    List<String> conflicts = new CopyOnWriteArrayList<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicBoolean aIsDown = new AtomicBoolean();
    AtomicBoolean working = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      String curator = CURATORS.get(c % CURATORS.size());
      clients.submit(() -> {
        while (working.get()) {
          work(curator, aIsDown.get(), completed, conflicts, failures);
        }
        return null;
      });
    }

    // Kill one node in the middle of the burst, with curators' requests in flight on it.
    Awaitility.await("the timers start to fire on both nodes").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200)).until(() -> firedTimers() >= INSTANCES / 4
            && count("/engine-rest/history/job-log/count?processDefinitionKey=" + PROCESS + "&successLog=true&hostname="
                + nodeA.name()) > 0);
    aIsDown.set(true);
    nodeA.kill();
    long firedBeforeKill = firedTimers();
    nodeA.start();
    aIsDown.set(false);

    Awaitility.await("every instance ends").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
        .until(() -> count("/engine-rest/history/process-instance/count?finished=true&processDefinitionKey=" + PROCESS)
            == INSTANCES);
    working.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(failures).as("no curator saw a 500 or a non-Russian refusal").isEmpty();
    assertThat(conflicts).as("curators raced for the same tasks").isNotEmpty()
        .allSatisfy(detail -> assertThat(detail).containsAnyOf("взял в работу другой пользователь",
            "уже выполнена другим пользователем", "изменил другой пользователь"));
    // Every task whose completion answered 204 is completed; the ones completed without a 204 went to a killed node.
    JsonNode tasks = get(nodeB, "demo", "/engine-rest/history/task?processDefinitionKey=" + PROCESS + "&maxResults=10000");
    Map<String, String> reasons = new HashMap<>();
    tasks.forEach(task -> reasons.put(task.get("id").asText(), String.valueOf(task.path("deleteReason").asText())));
    assertThat(completed).allSatisfy(task -> assertThat(reasons.get(task)).isEqualTo("completed"));
    assertThat(tasks).hasSize(INSTANCES);

    // Each timer fired once: one recorded step per instance, every instance there and ended.
    JsonNode steps = get(nodeB, "demo", "/engine-rest/history/activity-instance?activityId=ServiceTask_Record"
        + "&processDefinitionKey=" + PROCESS + "&maxResults=10000");
    Map<String, Long> perInstance = new HashMap<>();
    steps.forEach(step -> perInstance.merge(step.get("processInstanceId").asText(), 1L, Long::sum));
    assertThat(perInstance.keySet()).isEqualTo(started);
    assertThat(perInstance.values()).containsOnly(1L);
    // Both nodes' job executors ran timers.
    JsonNode log = get(nodeB, "demo", "/engine-rest/history/job-log?processDefinitionKey=" + PROCESS
        + "&successLog=true&maxResults=10000");
    Set<String> hosts = new java.util.TreeSet<>();
    log.forEach(entry -> hosts.add(entry.path("hostname").asText()));
    assertThat(hosts).as("fired before the kill: " + firedBeforeKill).contains("node-a", "node-b");
    assertThat(count("/engine-rest/incident/count")).isZero();
    // Three starts of the same jar (B, A, A again) deployed every process once.
    assertThat(count("/engine-rest/process-definition/count?key=MentoringRequestProcess")).isEqualTo(1);
  }

  /**
   * One curator's round, as in Tasklist: a task of «Мои задачи» is finished first (one whose
   * completion got no answer); otherwise one of the first open tasks of the group is claimed and completed.
   */
  private static void work(String curator, boolean aIsDown, Set<String> completed, List<String> conflicts,
      List<String> failures) {
    ApplicationNode node = aIsDown || ThreadLocalRandom.current().nextBoolean() ? nodeB : nodeA;
    try {
      JsonNode mine = list(node, curator, "&assignee=" + curator, failures);
      JsonNode open = mine == null || !mine.isEmpty() ? mine : list(node, curator, "&unassigned=true", failures);
      if (open == null || open.isEmpty()) {
        Thread.sleep(200);
        return;
      }
      String task = open.get(ThreadLocalRandom.current().nextInt(open.size())).get("id").asText();
      if (mine.isEmpty()) {
        HttpResponse<String> claim = send(node, curator, "POST", "/engine-rest/task/" + task + "/claim",
            Map.of("userId", curator));
        if (!answered("claim " + curator, claim, conflicts, failures)) {
          return;
        }
      }
      HttpResponse<String> complete = send(node, curator, "POST", "/engine-rest/task/" + task + "/complete",
          Map.of("variables", Map.of()));
      if (answered("complete " + curator + (mine.isEmpty() ? "" : " (своя)"), complete, conflicts, failures)) {
        completed.add(task);
      }
    } catch (IOException e) {
      // A request to the node being killed: no answer, so nothing is promised to the curator.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The first six tasks of the burst for the curator with the given filter, or null after a refusal. */
  private static JsonNode list(ApplicationNode node, String curator, String filter, List<String> failures)
      throws IOException, InterruptedException {
    HttpResponse<String> list = send(node, curator, "GET", "/engine-rest/task?processDefinitionKey=" + PROCESS
        + filter + "&maxResults=6", null);
    if (list.statusCode() != 200) {
      if (list.statusCode() != 503) {
        failures.add("список задач " + list.statusCode() + ": " + list.body());
      }
      return null;
    }
    return JSON.readTree(list.body());
  }

  /** True for a success; a Russian 409 is a conflict; anything else is a failure. */
  private static boolean answered(String action, HttpResponse<String> response, List<String> conflicts,
      List<String> failures) throws IOException {
    if (response.statusCode() == 204) {
      return true;
    }
    if (response.statusCode() == 409) {
      conflicts.add(JSON.readTree(response.body()).path("detail").asText());
    } else if (response.statusCode() != 503) {
      failures.add(action + " " + response.request().uri() + " → " + response.statusCode() + ": " + response.body());
    }
    return false;
  }

  private static long firedTimers() throws Exception {
    return count("/engine-rest/history/activity-instance/count?activityId=ServiceTask_Record&processDefinitionKey="
        + PROCESS);
  }

  private static long count(String path) throws Exception {
    return get(nodeB, "demo", path).get("count").asLong();
  }

  /** Start → a timer due at {@code due} → a recorded step → a curators' task → end. */
  private static void deploy() throws Exception {
    String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Due").timerWithDate("${due}")
        .serviceTask("ServiceTask_Record").camundaExpression("${true}")
        .userTask("UserTask_Work").camundaCandidateGroups("curators-khm-sch1,curators-khm-sch2,curators-khm-sch3")
        .endEvent("EndEvent_Done")
        .done());
    String boundary = "----cluster" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + PROCESS
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + PROCESS + ".bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> deployed = HTTP.send(request(nodeA, "/engine-rest/deployment/create")
        .header("Authorization", basic("demo", "demo")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), text());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  private static String csrfToken(HttpClient browser, ApplicationNode node) throws Exception {
    HttpResponse<String> page = browser.send(request(node, "/nastavnik/login").build(), text());
    Matcher token = CSRF_META.matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    return token.group(1);
  }

  private static JsonNode get(ApplicationNode node, String login, String path) throws Exception {
    HttpResponse<String> response = send(node, login, "GET", path, null);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(ApplicationNode node, String login, String method, String path, Object body)
      throws IOException, InterruptedException {
    return send(node, login, "demo", method, path, body);
  }

  private static HttpResponse<String> send(ApplicationNode node, String login, String password, String method, String path,
      Object body) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(node, path).header("Authorization", basic(login, password));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return HTTP.send(request.build(), text());
  }

  private static HttpRequest.Builder request(ApplicationNode node, String path) {
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(60));
  }

  private static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static String basic(String login, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A date as the engine's REST reads it. */
  private record Date(String iso) {
    Date(Instant instant) {
      this(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
          .format(instant.atZone(java.time.ZoneOffset.UTC)));
    }
  }
}
