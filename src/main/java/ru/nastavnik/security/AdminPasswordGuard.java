package ru.nastavnik.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the local demo when the Camunda administrator would get a password
 * that breaks the {@link PasswordRules} (empty, short, common, containing the login): Camunda
 * would otherwise create such an account silently.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String DEMO_PROFILE = "demo";

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
    List<String> problems = PasswordRules.problems(password, userId, List.of());
    if (problems.isEmpty()) {
      return null;
    }
    return "пароль администратора «" + userId + "» не соответствует правилам: " + String.join(" ", problems);
  }
}
