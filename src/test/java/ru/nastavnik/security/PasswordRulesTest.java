package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rule: on its own (Russian reasons) and as the engine's password policy outside the
 * demo (an engine with {@link SecurityEnginePlugin} refuses «1» for a new user).
 */
class PasswordRulesTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void engineWithThePolicy() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:password-policy;DB_CLOSE_DELAY=1000");
    configuration.setProcessEngineName("password-policy");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new SecurityEnginePlugin(true)));
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "qwerty123", "Qwerty12345!", "Пароль2026!", "demo", "password", "йцукенг2026!", "1234567890ab"})
  void weakPasswordsAreRefused(String password) {
    assertThat(PasswordRules.problems(password, "ivanova", List.of("Мария", "Иванова"))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Стойкий-пароль-2026", "Ve!lo7-orbita-93", "Зелёный.Чайник.37"})
  void strongPasswordsPass(String password) {
    assertThat(PasswordRules.problems(password, "ivanova", List.of("Мария", "Иванова"))).isEmpty();
  }

  @Test
  void aPasswordWithTheLoginOrTheNameIsRefusedWithAReason() {
    assertThat(PasswordRules.problems("Ivanova-2026-!x", "ivanova", List.of()))
        .containsExactly("Пароль не должен содержать логин, имя, фамилию или адрес почты.");
    assertThat(PasswordRules.problems("Мария-Петровна-1!", "m.p", List.of("Мария Петровна", "Иванова")))
        .contains("Пароль не должен содержать логин, имя, фамилию или адрес почты.");
  }

  @Test
  void everyRuleSaysInRussianWhatIsWrong() {
    assertThat(PasswordRules.problems("1", null, List.of())).containsExactly(
        "Пароль короче 10 символов.",
        "В пароле должны быть символы хотя бы 3 видов из четырёх: строчные буквы, заглавные буквы, цифры, другие знаки.",
        "Это распространённый пароль: его подбирают первым. Придумайте другой.");
  }

  @Test
  void theEngineRefusesAWeakPasswordAndAcceptsAStrongOne() {
    IdentityService identity = engine.getIdentityService();
    User weak = identity.newUser("weakuser");
    weak.setPassword("1");
    assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    assertThat(identity.createUserQuery().userId("weakuser").count()).isZero();

    User strong = identity.newUser("stronguser");
    strong.setPassword("Стойкий-пароль-2026");
    identity.saveUser(strong);
    assertThat(identity.checkPassword("stronguser", "Стойкий-пароль-2026")).isTrue();
  }

  @Test
  void theEngineReportsTheRulesForCamundaAdminWithTheirPlaceholders() {
    PasswordPolicyResult result = engine.getIdentityService().checkPasswordAgainstPolicy("qwerty");
    assertThat(result.getViolatedRules()).extracting(r -> r.getPlaceholder())
        .containsExactlyInAnyOrder(PasswordRules.LENGTH, PasswordRules.CLASSES, PasswordRules.COMMON);
  }

  @Test
  void theEngineNeverLocksAnAccountForGood() {
    IdentityService identity = engine.getIdentityService();
    User owner = identity.newUser("owner");
    owner.setPassword("Стойкий-пароль-2026");
    identity.saveUser(owner);
    for (int i = 0; i < 25; i++) {
      assertThat(identity.checkPassword("owner", "wrong-" + i)).isFalse();
    }
    assertThat(identity.checkPassword("owner", "Стойкий-пароль-2026")).isTrue();
  }
}
