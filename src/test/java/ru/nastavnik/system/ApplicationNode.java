package ru.nastavnik.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One node of the application as an operator runs it: the packaged jar in a process of its own
 * ({@code java -jar target/nastavnik-*.jar}, profiles {@code demo,postgres}) on a shared PostgreSQL,
 * so that it can be killed with {@code kill -9} and started again. Its log is
 * {@code target/nodes/<name>.log}. The engine's host name is the node's name, so the job log
 * shows which node ran a job.
 */
final class ApplicationNode {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  private final String name;
  private final String databaseUrl;
  private final List<String> settings;
  private final int port = freePort();
  private Process process;

  ApplicationNode(String name, String databaseUrl, List<String> settings) {
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.settings = settings;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Starts the jar and waits until its health answers 200, as a load balancer would. */
  ApplicationNode start() {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx640m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
        "-jar", jar().toString(),
        "--spring.profiles.active=demo,postgres",
        "--server.port=" + port,
        "--nastavnik.demo.mail-catcher=false",
        "--nastavnik.monitoring.open-on-startup=false",
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(settings);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NASTAVNIK_DB_URL", databaseUrl);
    builder.environment().put("NASTAVNIK_DB_USER", "postgres");
    builder.environment().put("NASTAVNIK_DB_PASSWORD", "");
    try {
      Path log = Path.of("target", "nodes", name + ".log");
      Files.createDirectories(log.getParent());
      builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Не удалось запустить узел " + name, e);
    }
    awaitHealthy();
    return this;
  }

  /** {@code kill -9}: no shutdown hook, no finished transaction, locked jobs stay locked. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A normal stop (SIGTERM), as at the end of the test. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitHealthy() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Узел " + name + " завершился при запуске: см. target/nodes/" + name + ".log");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        // 200 is what a load balancer asks for (a mail outbox WARNING is 200 as well).
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Узел " + name + " не поднялся за " + STARTUP + ": см. target/nodes/" + name + ".log");
  }

  /** The jar {@code ./mvnw verify} packaged before the integration tests. */
  private static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("nastavnik-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("Нет target/nastavnik-*.jar: запускайте через ./mvnw verify"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port nobody listens on now: for a node, or a PostgreSQL a test stops and starts again. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
