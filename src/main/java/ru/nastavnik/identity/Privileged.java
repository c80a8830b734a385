package ru.nastavnik.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls of the application itself (looking up a user's groups, granting a
 * municipality read access) without the current user's authorization checks: a mentee filing a
 * request may not read groups or create authorizations, but the system acting for them must.
 */
public final class Privileged {

  private Privileged() {}

  public static <T> T call(IdentityService identityService, Supplier<T> action) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null) {
      identityService.clearAuthentication();
    }
    try {
      return action.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable action) {
    call(identityService, () -> {
      action.run();
      return null;
    });
  }
}
