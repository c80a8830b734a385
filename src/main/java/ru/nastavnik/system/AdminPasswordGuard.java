package ru.nastavnik.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the local demo when the Camunda administrator would get an empty or
 * well-known password: Camunda would otherwise create {@code admin/admin}-like accounts silently.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String DEMO_PROFILE = "demo";

  private static final Set<String> WELL_KNOWN = Set.of(
      "demo", "admin", "administrator", "camunda", "password", "pass", "passw0rd", "changeme",
      "secret", "123456", "12345678", "qwerty", "nastavnik");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE);
    String userId = environment.getProperty("camunda.bpm.admin-user.id");
    if (demo || userId == null || userId.isBlank()) {
      return;
    }
    String problem = problemWith(userId, environment.getProperty("camunda.bpm.admin-user.password"));
    if (problem != null) {
      throw new IllegalStateException("Запуск остановлен: " + problem
          + " Задайте надёжный пароль администратора в переменной окружения NASTAVNIK_ADMIN_PASSWORD"
          + " (свойство camunda.bpm.admin-user.password). Пароль demo допустим только в профиле demo"
          + " для локального знакомства с системой.");
    }
  }

  /** Why the password is not acceptable, or {@code null} when it is. */
  static String problemWith(String userId, String password) {
    if (password == null || password.isBlank()) {
      return "пароль администратора «" + userId + "» не задан.";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (WELL_KNOWN.contains(lower) || lower.equals(userId.toLowerCase(Locale.ROOT))) {
      return "у администратора «" + userId + "» пароль по умолчанию или совпадающий с логином.";
    }
    if (password.length() < 8) {
      return "пароль администратора «" + userId + "» короче 8 символов.";
    }
    return null;
  }
}
