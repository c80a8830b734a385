package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Started without a profile and without a database, the application refuses and says what is missing. */
class DatabaseSettingsGuardTest {

  private final DatabaseSettingsGuard guard = new DatabaseSettingsGuard();

  @Test
  void noProfileAndNoDatabaseStopsTheStartInRussian() {
    assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("не указана база данных")
        .hasMessageContaining("NASTAVNIK_DB_URL")
        .hasMessageContaining("профилем demo");
  }

  @Test
  void anInMemoryDatabaseOutsideTheDemoStopsTheStart() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("данные пропадут при перезапуске");
  }

  @Test
  void aRealDatabaseOrTheDemoStarts() {
    MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/nastavnik");
    assertThatNoException().isThrownBy(() -> guard.postProcessEnvironment(postgres, new SpringApplication()));
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    assertThatNoException().isThrownBy(() -> guard.postProcessEnvironment(demo, new SpringApplication()));
  }
}
