package ru.nastavnik.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Base of the benchmarks that need the application: the whole of it on embedded PostgreSQL 16
 * with the demo data, as the integration tests run it ({@link IntegrationTestSupport}); each
 * benchmark seeds its own volume with SQL and calls the real endpoints over HTTP with Basic auth.
 */
public abstract class ApplicationBenchmark extends IntegrationTestSupport {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort
  protected int port;

  @Autowired
  protected JdbcTemplate jdbc;

  /** A GET as the given demo login; fails unless the answer is 2xx. Returns the body. */
  protected String get(String login, String path, String accept) {
    return send(login, HttpRequest.newBuilder(uri(path)).GET(), accept);
  }

  /** A POST of a JSON body as the given demo login; fails unless the answer is 2xx. Returns the body. */
  protected String post(String login, String path, String json, String accept) {
    return send(login, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), accept);
  }

  private String send(String login, HttpRequest.Builder request, String accept) {
    String credentials = Base64.getEncoder().encodeToString((login + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials)
          .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(response.request().uri() + " → " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
