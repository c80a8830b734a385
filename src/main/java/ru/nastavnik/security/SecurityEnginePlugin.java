package ru.nastavnik.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine settings of the security rules: the password policy ({@link PasswordRules}) outside the
 * demo; users get limited rights on their own account ({@link AccountAuthorizationProvider});
 * the engine's own login lock is off, because it lets anybody lock anybody out for good — the
 * {@link LoginThrottle} slows guessing down per login and address instead.
 */
@Component
class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

  private final boolean passwordPolicy;

  SecurityEnginePlugin(@Value("${nastavnik.security.password-policy:true}") boolean passwordPolicy) {
    this.passwordPolicy = passwordPolicy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(passwordPolicy);
    configuration.setPasswordPolicy(new PasswordRules());
    configuration.setResourceAuthorizationProvider(new AccountAuthorizationProvider());
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }
}
