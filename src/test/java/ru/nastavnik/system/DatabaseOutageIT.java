package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * «Database gone and back»: PostgreSQL stops under load and starts again on the same data. Meanwhile
 * every request gets a Russian 503 with {@code Retry-After} and no stack trace (our API and the
 * engine's REST); afterwards requests succeed, the job executor resumes the timers that fell due,
 * and everything written before the outage is there.
 *
 * <p>The outage lasts 12 s, not 30: long enough that requests wait out Hikari's 5 s connection
 * timeout and the job executor's acquisition fails and backs off, which is all a longer outage adds;
 * nothing in the application counts the length of an outage. Its own PostgreSQL (not the shared one
 * of {@code IntegrationTestSupport}), on a fixed port and a kept data directory, so it can be stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"nastavnik.monitoring.open-on-startup=false", "nastavnik.demo.mail-catcher=false",
        // Its own context must not share the cached one of the other integration tests.
        "spring.application.name=database-outage-it",
        // The executor retries acquisition within seconds after the database is back (default: up to 60 s).
        "camunda.bpm.job-execution.max-wait=5000"})
@ActiveProfiles({"demo", "postgres"})
class DatabaseOutageIT {

  private static final Duration OUTAGE = Duration.ofSeconds(12);
  private static final String PROCESS = "DatabaseOutageTimerProcess";
  private static final int INSTANCES = 20;

  private static final Path DATA = dataDirectory();
  private static final int PORT = ApplicationNode.freePort();
  private static volatile EmbeddedPostgres postgres = startPostgres(true);
  private static volatile ConfigurableApplicationContext context;

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repository;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private HistoryService history;

  @Autowired
  void rememberContext(ConfigurableApplicationContext applicationContext) {
    context = applicationContext;
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void whilePostgresIsStoppedRequestsGetARussian503AndAfterwardsEverythingResumesWithNothingLost() throws Exception {
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", timerProcess()).deploy();
    // Written before the outage: instances whose timers fall due while the database is gone.
    IntStream.range(0, INSTANCES).forEach(i -> runtime.startProcessInstanceByKey(PROCESS, "outage-" + i));
    assertThat(get("/api/people").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/engine-rest/process-instance/count?processDefinitionKey=" + PROCESS).getBody())
        .contains("\"count\":" + INSTANCES);

    List<ResponseEntity<String>> duringOutage = new CopyOnWriteArrayList<>();
    java.util.Set<String> pathsDuringOutage = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<ResponseEntity<String>> acrossTheStop = new CopyOnWriteArrayList<>();
    AtomicBoolean down = new AtomicBoolean();
    AtomicBoolean load = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (String path : List.of("/api/people", "/api/people/me", "/engine-rest/process-instance/count", "/engine-rest/task")) {
      clients.submit(() -> {
        while (load.get()) {
          boolean sentWhileDown = down.get();
          ResponseEntity<String> response = get(path);
          if (sentWhileDown && down.get()) {
            duringOutage.add(response);
            pathsDuringOutage.add(path);
          } else if (!sentWhileDown && down.get()) {
            acrossTheStop.add(response);
          }
        }
        return null;
      });
    }
    Thread.sleep(500);
    postgres.close();
    down.set(true);
    Thread.sleep(OUTAGE.toMillis());
    postgres = startPostgres(false);
    down.set(false);
    load.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    // Each request waits out the pool's 5 s before its 503: on a loaded machine a client gets one or two in.
    assertThat(pathsDuringOutage).as("every kind of request was made while the database was gone")
        .containsExactlyInAnyOrder("/api/people", "/api/people/me", "/engine-rest/process-instance/count", "/engine-rest/task");
    assertThat(duringOutage).allSatisfy(response -> {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(response.getBody()).contains("База данных временно недоступна, повторите через минуту")
          .doesNotContain("Exception", "at org.", "at java.", "SQL", "jdbc");
      assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    });
    assertThat(acrossTheStop).as("requests in flight when PostgreSQL stopped").allSatisfy(response ->
        assertThat(response.getBody()).as(response.getBody()).doesNotContain("Exception", "at org.", "at java.", "SQL"));
    assertThat(duringOutage).extracting(response -> response.getHeaders().getContentType().toString())
        .allMatch(type -> type.startsWith("application/problem+json"));

    Awaitility.await("requests succeed again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> get("/api/people").getStatusCode() == HttpStatus.OK
            && get("/engine-rest/process-instance/count").getStatusCode() == HttpStatus.OK);
    Awaitility.await("the job executor runs the timers that fell due during the outage").atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).finished().count() == INSTANCES);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list())
        .as("every instance written before the outage is there and ended at its end event")
        .hasSize(INSTANCES).allSatisfy(instance -> assertThat(instance.getEndActivityId()).isEqualTo("EndEvent_Done"));
    assertThat(runtime.createIncidentQuery().count()).isZero();
  }

  private ResponseEntity<String> get(String path) {
    return rest.withBasicAuth("demo", "demo").getForEntity(path, String.class);
  }

  /** Start → a timer due 8 s later (inside the outage) → end. */
  private static BpmnModelInstance timerProcess() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Due").timerWithDuration("PT8S")
        .endEvent("EndEvent_Done")
        .done();
  }

  private static EmbeddedPostgres startPostgres(boolean first) {
    try {
      EmbeddedPostgres started = EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA)
          .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
      if (first) {
        // Stop PostgreSQL only after the application is closed, or the engine's last writes fail.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          ConfigurableApplicationContext applicationContext = context;
          if (applicationContext != null) {
            applicationContext.close();
          }
          try {
            postgres.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, "outage-postgres-stop"));
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("Не удалось запустить встроенный PostgreSQL", e);
    }
  }

  private static Path dataDirectory() {
    try {
      return Files.createTempDirectory("outage-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
