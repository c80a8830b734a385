package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.PersonRepository;

/**
 * Hostile and broken input, each first as the attacker sent it: markup in a request, a task
 * completed twice or by two people at once, broken or Java-serialized variables, a NUL character,
 * an encoded slash, an oversized upload, an enormous value, impossible dates. Every answer is a
 * Russian problem, nothing internal is quoted, and nothing is stored.
 */
class InputAttackIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBMIT = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired PersonRepository people;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long schoolId(String code) throws Exception {
    for (JsonNode o : JSON.readTree(as("coordinator").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(code)) return o.get("id").asLong();
    }
    throw new AssertionError(code);
  }

  /** A new mentee of school 1 with consent, whose request the curator files; returns the review task. */
  private Task requestUnderReview(String otherDifficulty) throws Exception {
    String login = "input-mentee-" + SEQUENCE.incrementAndGet();
    ResponseEntity<String> created = post("curator1", "/api/people", Map.of("organizationId", schoolId("khm-sch1"),
        "fullName", "Проверочная Вера " + SEQUENCE.get(), "experienceYears", 1, "login", login, "roles", List.of("MENTEE")));
    long personId = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(post("curator1", "/api/people/" + personId + "/consents", Map.of("kind", "PERSONAL_DATA",
        "givenBy", "Проверочная Вера", "givenByRelation", "SELF")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> variables = new HashMap<>();
    variables.put("difficulties", variable("[\"ASSESSMENT\"]", "Json"));
    variables.put("desiredForm", variable("TRADITIONAL", "String"));
    variables.put("menteeLogin", variable(login, "String"));
    if (otherDifficulty != null) variables.put("otherDifficulty", variable(otherDifficulty, "String"));
    ResponseEntity<String> filed = post("curator1", SUBMIT, Map.of("variables", variables));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String instance = JSON.readTree(filed.getBody()).get("id").asText();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static void assertRussianProblem(ResponseEntity<String> response, HttpStatus status) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertNothingInternal(response.getBody());
  }

  private static void assertNothingInternal(String body) {
    assertThat(body).containsPattern("\\p{IsCyrillic}{4,}")
        .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("exception").doesNotContain("at org.")
        .doesNotContain("insert into").doesNotContain("Cannot ");
  }

  private HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("curator1:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void markupInARequestIsShownAsTextInTheCuratorsTask() throws Exception {
    String hostile = "<img src=\"https://tracker.example/p.gif\"> [Подтвердите пароль](https://phish.example) https://phish.example";
    Task review = requestUnderReview(hostile);

    String summary = (String) taskService.getVariableLocal(review.getId(), "requestSummary");

    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(summary));
    assertThat(html).doesNotContain("<img").doesNotContain("<a ").contains("&lt;img src=&quot;https://tracker.example/p.gif&quot;&gt;");
    assertThat(summary).doesNotContain("https://").doesNotContainPattern("(?<!\\\\)<img");
  }

  @Test
  void aTaskCompletedByAColleagueIsAnsweredWithARussianConflict() throws Exception {
    Task review = requestUnderReview(null);
    submitOk("curator1", review, vars("decision", "ACCEPT"));

    ResponseEntity<String> again = submit("curator1", review, vars("decision", "ACCEPT"));

    assertRussianProblem(again, HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("задача уже выполнена другим пользователем".substring(1));
  }

  @Test
  void twoCuratorsCompletingTheSameTaskAtOnceGetOneSuccessAndOneConflict() throws Exception {
    for (int round = 0; round < 3; round++) {
      Task review = requestUnderReview(null);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<ResponseEntity<String>>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return submit("curator1", review, vars("decision", "ACCEPT"));
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> result : results) {
        ResponseEntity<String> response = result.get();
        statuses.add(response.getStatusCode().value());
        if (response.getStatusCode().value() != 204) {
          assertRussianProblem(response, HttpStatus.CONFLICT);
        }
      }
      pool.shutdown();
      assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    }
  }

  @Test
  void brokenJsonAndJavaSerializedVariablesAreRefusedInRussian() throws Exception {
    long before = taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess").taskCandidateGroup("curators-khm-sch1").count();
    Map<String, Object> broken = new HashMap<>();
    broken.put("difficulties", variable("[\"ASSESSMENT\"", "Json"));
    broken.put("desiredForm", variable("TRADITIONAL", "String"));
    assertRussianProblem(post("mentee1a", SUBMIT, Map.of("variables", broken)), HttpStatus.BAD_REQUEST);

    Map<String, Object> serialized = new HashMap<>();
    serialized.put("difficulties", variable("[\"ASSESSMENT\"]", "Json"));
    serialized.put("payload", Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    ResponseEntity<String> java = post("mentee1a", SUBMIT, Map.of("variables", serialized));
    assertRussianProblem(java, HttpStatus.BAD_REQUEST);
    assertThat(java.getBody()).contains("объекты Java");
    assertThat(taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess").taskCandidateGroup("curators-khm-sch1")
        .count()).isEqualTo(before);
  }

  @Test
  void aNulCharacterIsRefusedBeforeItReachesPostgres() throws Exception {
    long before = people.count();
    ResponseEntity<String> api = post("curator1", "/api/people", Map.of("organizationId", schoolId("khm-sch1"),
        "fullName", "Иван\u0000ов Иван"));
    assertRussianProblem(api, HttpStatus.BAD_REQUEST);
    assertThat(api.getBody()).contains("нулевой символ");
    assertThat(people.count()).isEqualTo(before);

    Task review = requestUnderReview(null);
    ResponseEntity<String> engine = as("curator1").exchange("/engine-rest/task/" + review.getId() + "/variables/note",
        HttpMethod.PUT, json(Map.of("value", "до\u0000после", "type", "String")), String.class);
    assertRussianProblem(engine, HttpStatus.BAD_REQUEST);
    assertThat(taskService.getVariable(review.getId(), "note")).isNull();
  }

  @Test
  void anAcademicYearBeyondTheCalendarIsRefusedNotA500() throws Exception {
    ResponseEntity<String> response = as("curator1").exchange("/api/organizations/" + schoolId("khm-sch1")
        + "/request-campaigns/2147483647", HttpMethod.PUT, json(Map.of("closesOn", "2026-11-30")), String.class);
    assertRussianProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("2000–2100");
  }

  @Test
  void anEncodedSlashInAnIdIsARussianProblemNotTomcatsPage() throws Exception {
    for (String path : List.of("/api/people/1%2F2", "/engine-rest/task/a%2Fb", "/api/people/..%2F..%2Fetc")) {
      HttpResponse<String> response = raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
      assertThat(response.statusCode()).as(path).isBetween(400, 404);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
      assertThat(response.body()).as(path).doesNotContain("<html").doesNotContain("Tomcat");
      assertNothingInternal(response.body());
    }
  }

  @Test
  void anUnknownAddressOrAMissingParameterIsAnsweredInRussian() {
    ResponseEntity<String> unknown = as("curator1").getForEntity("/api/no-such-thing", String.class);
    assertRussianProblem(unknown, HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("Такого адреса нет").doesNotContain("Not Found");

    ResponseEntity<String> missing = as("curator1").getForEntity("/api/programs", String.class);
    assertRussianProblem(missing, HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).contains("pairId").doesNotContain("Bad Request");
  }

  @Test
  void aThirtyMegabyteUploadGetsARussian413() throws Exception {
    String boundary = "----nastavnik-test";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.docx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + 30 * 1024 * 1024 + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

    HttpResponse<String> response = raw(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/roadmaps/preview?periodStart=2026-09-01&periodEnd=2027-08-31"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("слишком большой");
    assertNothingInternal(response.body());
  }

  @Test
  void anEnormousRejectedValueIsNotEchoedBack() throws Exception {
    String huge = "Ж".repeat(1_000_000);
    ResponseEntity<String> response = post("curator1", "/api/people", Map.of("organizationId", schoolId("khm-sch1"),
        "fullName", "Огромный Пётр", "category", huge));
    assertRussianProblem(response, HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().length()).isLessThan(2_000);
  }

  @Test
  void consentDatesOutsideTheirMeaningAreRefused() throws Exception {
    JsonNode mentee = JSON.readTree(as("curator1").getForEntity("/api/people/me", String.class).getBody());
    long personId = mentee.get("id").asLong();
    long before = jdbc.queryForObject("select count(*) from consent", Long.class);
    for (Object givenAt : List.of("-999999999-01-01T00:00:00Z", 1e300, "1899-12-31T00:00:00Z", "2999-01-01T00:00:00Z", 0)) {
      Map<String, Object> consent = new HashMap<>(Map.of("kind", "MENTORING_DUTIES", "givenBy", "Кураторова Анна",
          "givenByRelation", "SELF"));
      consent.put("givenAt", givenAt);
      ResponseEntity<String> response = post("curator1", "/api/people/" + personId + "/consents", consent);
      assertRussianProblem(response, HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(String.valueOf(givenAt)).contains("givenAt");
    }
    assertThat(jdbc.queryForObject("select count(*) from consent", Long.class)).isEqualTo(before);
  }

  @Test
  void basicClientsNeedNoCsrfTokenAndGetJson() {
    ResponseEntity<String> response = as("curator1").exchange("/api/people/me", HttpMethod.GET, null, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
  }
}
