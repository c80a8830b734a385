package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile the application does not start with an empty or well-known admin password. */
class AdminPasswordGuardTest {

  private final AdminPasswordGuard guard = new AdminPasswordGuard();

  private static MockEnvironment environment(String password, String... profiles) {
    MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");
    if (password != null) {
      environment.setProperty("camunda.bpm.admin-user.password", password);
    }
    environment.setActiveProfiles(profiles);
    return environment;
  }

  @Test
  void emptyPasswordStopsTheStartWithARussianReason() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment("", "postgres"), new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("пароль администратора «admin» не задан")
        .hasMessageContaining("NASTAVNIK_ADMIN_PASSWORD");
  }

  @Test
  void missingPasswordStopsTheStart() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment(null), new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commonShortOrPersonalPasswordsAreRefusedByTheSameRuleAsEveryOtherPassword() {
    assertThat(AdminPasswordGuard.problemWith("admin", "demo")).contains("распространённый").contains("короче 10");
    assertThat(AdminPasswordGuard.problemWith("admin", "Admin")).contains("не должен содержать логин");
    assertThat(AdminPasswordGuard.problemWith("admin", "qwerty123")).contains("распространённый");
    assertThat(AdminPasswordGuard.problemWith("admin", "Qwerty12345!")).contains("распространённый");
    assertThat(AdminPasswordGuard.problemWith("admin", "x7#kQ")).contains("короче 10");
    assertThat(AdminPasswordGuard.problemWith("admin", "длинныйпарольбезцифр")).contains("хотя бы 3 видов");
    assertThat(AdminPasswordGuard.problemWith("admin", "Стойкий-пароль-2026")).isNull();
  }

  @Test
  void theDemoProfileMayUseTheDocumentedDemoPassword() {
    assertThatNoException().isThrownBy(() ->
        guard.postProcessEnvironment(environment("demo", "demo"), new SpringApplication()));
  }

  @Test
  void aStrongPasswordStarts() {
    assertThatNoException().isThrownBy(() ->
        guard.postProcessEnvironment(environment("Стойкий-пароль-2026", "postgres"), new SpringApplication()));
  }
}
