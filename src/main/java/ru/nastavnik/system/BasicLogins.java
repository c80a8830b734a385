package ru.nastavnik.system;

import java.util.List;
import java.util.Optional;

/**
 * How a login and password sent with HTTP Basic are checked, for our API, the engine's REST and
 * Actuator alike (implemented by {@code identity.LoginCache}).
 */
public interface BasicLogins {

  /** A login that passed: who, their groups and tenants, as the engine's authentication needs them. */
  record Login(String userId, List<String> groups, List<String> tenants) {
  }

  /** The login if the password is right; empty for a wrong password or an unknown login. */
  Optional<Login> check(String login, String password);
}
