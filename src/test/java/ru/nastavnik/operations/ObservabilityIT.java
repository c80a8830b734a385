package ru.nastavnik.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Health and metrics as the load balancer, Prometheus and an attacker call them: health for
 * anybody without a detail, metrics for the administrator only, every other Actuator endpoint
 * closed; and the figures are real (a task created for a school moves that school's gauge).
 */
class ObservabilityIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The demo administrator (group camunda-admin). */
  private static final String ADMIN = "demo";

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkloadMetrics workload;

  @Test
  void anAnonymousCallerLearnsOnlyThatTheApplicationIsUp() throws Exception {
    for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      ResponseEntity<String> response = rest.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode body = JSON.readTree(response.getBody());
      assertThat(body.path("status").asText()).isEqualTo("UP");
      assertThat(body.has("components")).as(response.getBody()).isFalse();
      assertThat(body.has("details")).as(response.getBody()).isFalse();
      assertThat(response.getBody()).doesNotContain("postgres", "PostgreSQL", "lockOwner", "notification");
    }
  }

  @Test
  void anAnonymousCallerCannotReadMetricsNorAnyOtherEndpoint() {
    ResponseEntity<String> metrics = rest.getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(metrics.getBody()).contains("Укажите логин и пароль администратора").doesNotContain("nastavnik_");
    for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
        "/actuator/heapdump", "/actuator/threaddump", "/actuator/mappings", "/actuator/loggers", "/actuator/metrics",
        "/actuator/shutdown"}) {
      ResponseEntity<String> response = rest.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).as(path).contains("Служебный адрес недоступен").doesNotContain("spring.", "java.");
    }
    ResponseEntity<String> component = rest.getForEntity("/actuator/health/db", String.class);
    // a single component is not shown to an anonymous caller either
    assertThat(component.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(String.valueOf(component.getBody())).doesNotContain("PostgreSQL", "validationQuery");
  }

  @Test
  void aPathThatOnlyLooksLikeHealthDoesNotOpenTheMetrics() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : new String[] {"/actuator/health/..;/prometheus", "/actuator/health/..%3B/prometheus",
        "/actuator/health/%2e%2e/prometheus", "/actuator/health/../prometheus", "/actuator/health;/../prometheus",
        "//actuator/prometheus", "/actuator/./prometheus", "/actuator/health/..;/env"}) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isNotEqualTo(200);
      assertThat(response.body()).as(path).doesNotContain("nastavnik_", "jvm_", "spring.");
    }
  }

  @Test
  void aCuratorOrAWrongPasswordIsRefusedTheMetrics() {
    ResponseEntity<String> curator = as("curator1").getForEntity("/actuator/prometheus", String.class);
    assertThat(curator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(curator.getBody()).contains("только администратору").doesNotContain("nastavnik_tasks");

    ResponseEntity<String> guessed = rest.withBasicAuth(ADMIN, "not-the-password").getForEntity("/actuator/prometheus", String.class);
    assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the curator's login does not open the health details either
    ResponseEntity<String> health = as("curator1").getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).doesNotContain("components");
  }

  @Test
  void theAdministratorSeesEachComponentButNoOtherEndpoint() throws Exception {
    ResponseEntity<String> response = as(ADMIN).getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode components = JSON.readTree(response.getBody()).path("components");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("jobExecutor").path("details").path("message").asText()).isEqualTo("Исполнитель заданий работает");
    assertThat(components.has("mailOutbox")).isTrue();
    assertThat(components.has("mail")).as("Boot's SMTP check is off").isFalse();

    assertThat(as(ADMIN).getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(ADMIN).getForEntity("/actuator/beans", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aLetterThatFailedForGoodWarnsTheAdministratorButKeepsTheNodeUp() throws Exception {
    Long id = jdbc.queryForObject("insert into notification (recipient_group, recipients, subject, body, created_at, status,"
        + " attempts) values ('curators-khm-sch1', 'x@example.org', 'Проверка', 'Текст', ?, 'FAILED', 5) returning id",
        Long.class, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
    try {
      JsonNode admin = JSON.readTree(as(ADMIN).getForEntity("/actuator/health", String.class).getBody());
      assertThat(admin.path("status").asText()).isEqualTo("UP");
      JsonNode outbox = admin.path("components").path("mailOutbox");
      assertThat(outbox.path("status").asText()).isEqualTo("WARNING");
      assertThat(outbox.path("details").path("failedAfterLastAttempt").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(outbox.path("details").path("message").asText()).contains("не отправлены после 5 попыток");

      ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
      assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(JSON.readTree(anonymous.getBody()).path("status").asText()).isEqualTo("UP");
    } finally {
      jdbc.update("delete from notification where id = ?", id);
    }
  }

  @Test
  void aTaskOfASchoolMovesThatSchoolsOpenAndOverdueGauges() {
    workload.refresh();
    String before = metrics();
    double open = value(before, "nastavnik_tasks_open", "khm-sch1");
    double overdue = value(before, "nastavnik_tasks_overdue", "khm-sch1");
    double otherSchool = value(before, "nastavnik_tasks_open", "khm-sch2");

    Task task = tasks.newTask();
    task.setName("Проверка метрик");
    task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
    tasks.saveTask(task);
    try {
      tasks.addCandidateGroup(task.getId(), "curators-khm-sch1");
      // a second group of the same school: still one task of the school
      tasks.addCandidateGroup(task.getId(), "directors-khm-sch1");
      workload.refresh();
      String after = metrics();
      assertThat(value(after, "nastavnik_tasks_open", "khm-sch1")).isEqualTo(open + 1);
      assertThat(value(after, "nastavnik_tasks_overdue", "khm-sch1")).isEqualTo(overdue + 1);
      assertThat(value(after, "nastavnik_tasks_open", "khm-sch2")).isEqualTo(otherSchool);
      assertThat(after).contains("nastavnik_jobs_due", "nastavnik_jobs_failed", "nastavnik_jobs_retrying",
          "nastavnik_incidents_open", "nastavnik_mail_outbox{application=\"nastavnik\",status=\"FAILED\"}");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void aRegistryDownloadIsTimedForItsSchool() {
    ResponseEntity<byte[]> download = as("curator1").getForEntity("/api/registries/mentors.xlsx", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    String metrics = metrics();
    assertThat(metrics).containsPattern("nastavnik_report_duration_seconds_count\\{[^}]*kind=\"registry-mentors\","
        + "organization=\"khm-sch1\",outcome=\"success\"} [1-9]");
    assertThat(metrics).contains("nastavnik_report_duration_seconds_bucket{");
  }

  @Test
  void aStaffImportIsTimedForItsSchoolAndARefusalAsRefused() {
    Long school = jdbc.queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
    byte[] csv = "ФИО;Должность\nПроверкин Пётр Петрович;учитель физики\n".getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> checked = importStaff("curator1", csv, school);
    assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.OK);
    // a file without the column «Организация» and no organization given: refused by the rules, in Russian
    ResponseEntity<String> refused = importStaff("curator1", csv, null);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);

    String metrics = metrics();
    assertThat(metrics).containsPattern("nastavnik_import_duration_seconds_count\\{[^}]*kind=\"staff\","
        + "organization=\"khm-sch1\",outcome=\"success\"} [1-9]");
    assertThat(metrics).containsPattern("nastavnik_import_duration_seconds_count\\{[^}]*kind=\"staff\","
        + "organization=\"several\",outcome=\"refused\"} [1-9]");
    // tags name organizations, never people
    assertThat(metrics).doesNotContain("curator1", "Проверкин");
  }

  /** A dry run: the file is read and checked, nothing is stored. */
  private ResponseEntity<String> importStaff(String login, byte[] content, Long organizationId) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "staff.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(login).postForEntity("/api/people/import?dryRun=true" + (organizationId == null ? "" : "&organizationId="
        + organizationId), new HttpEntity<>(body, headers), String.class);
  }

  private String metrics() {
    ResponseEntity<String> response = as(ADMIN).getForEntity("/actuator/prometheus", String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The value of a gauge for an organization; 0 when it has no series yet. */
  private static double value(String metrics, String name, String organization) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*organization=\"" + Pattern.quote(organization) + "\"[^}]*} (\\S+)$")
        .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
