package ru.nastavnik.identity;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.Samples;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): what the remembered HTTP Basic login
 * ({@link LoginCache}) saves on the calls Tasklist and our pages make most, side by side in one run —
 * first with every login checked by the engine (password, groups, tenants: three transactions),
 * then remembered. Prints its table; the figures of the issue that contain such calls
 * ({@code tasklist_query_p95_ms}, {@code lifecycle_*}) are measured by their own benchmarks.
 */
class LoginCacheBenchmark extends ApplicationBenchmark {

  private static final List<String> PATHS = List.of(
      "/engine-rest/task?candidateGroup=curators-khm-sch1&maxResults=15",
      "/engine-rest/task/count?assignee=curator1",
      "/api/people/me");

  @Autowired LoginCache cache;

  @Test
  void callsWithTheLoginCheckedEveryTimeAndRemembered() {
    StringBuilder table = new StringBuilder(String.format("%-66s %22s %22s%n", "Вызов (curator1, HTTP Basic)",
        "вход каждый раз, мс", "вход запомнен, мс"));
    for (String path : PATHS) {
      // Both ways warmed up first, so that neither column carries the JIT's first calls.
      cache.remember(Duration.ZERO);
      Samples.measure(100, 1, () -> get("curator1", path, "application/json"));
      cache.remember(Duration.ofSeconds(30));
      Samples.measure(100, 1, () -> get("curator1", path, "application/json"));
      cache.remember(Duration.ZERO);
      Samples every = Samples.measure(50, 400, () -> get("curator1", path, "application/json"));
      cache.remember(Duration.ofSeconds(30));
      Samples remembered = Samples.measure(50, 400, () -> get("curator1", path, "application/json"));
      table.append(String.format("%-66s %22s %22s%n", "GET " + path, figures(every), figures(remembered)));
    }
    System.out.println();
    System.out.println("Запомненный вход (медиана / p95 из 400 вызовов)");
    System.out.print(table);
  }

  private static String figures(Samples samples) {
    return String.format("%.1f / %.1f", samples.median(), samples.p95());
  }
}
