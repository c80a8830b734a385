package ru.nastavnik.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a database outside the demo: Spring Boot would otherwise start on an
 * in-memory database and lose every request, pair and report at the next restart.
 */
public class DatabaseSettingsGuard implements EnvironmentPostProcessor {

  private static final List<String> ALLOWED_WITHOUT_DATABASE = List.of("demo");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = Arrays.stream(environment.getActiveProfiles()).anyMatch(ALLOWED_WITHOUT_DATABASE::contains);
    String url = environment.getProperty("spring.datasource.url");
    if (demo || url != null && !url.isBlank() && !inMemory(url)) {
      return;
    }
    throw new IllegalStateException("Запуск остановлен: не указана база данных"
        + (url == null || url.isBlank() ? "" : " (указана база в памяти «" + url + "», данные пропадут при перезапуске)")
        + ". Запустите с профилем postgres и переменными окружения NASTAVNIK_DB_URL (например"
        + " jdbc:postgresql://localhost:5432/nastavnik), NASTAVNIK_DB_USER и NASTAVNIK_DB_PASSWORD"
        + " (SPRING_PROFILES_ACTIVE=postgres), или с профилем demo для локального знакомства с системой"
        + " (./mvnw spring-boot:run).");
  }

  static boolean inMemory(String url) {
    return url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:derby:memory:");
  }
}
