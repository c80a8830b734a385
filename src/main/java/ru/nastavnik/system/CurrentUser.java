package ru.nastavnik.system;

import java.util.Optional;
import java.util.Set;

/**
 * The user a request runs for, with their Camunda groups. Set by {@link ApiAuthenticationFilter}
 * for the duration of one request to {@code /api}.
 */
public record CurrentUser(String userId, Set<String> groups) {

  /** Camunda's built-in administrators group. */
  public static final String ADMIN_GROUP = "camunda-admin";

  private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public boolean isAdmin() {
    return groups.contains(ADMIN_GROUP);
  }

  public boolean inGroup(String groupId) {
    return groups.contains(groupId);
  }

  public static Optional<CurrentUser> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current user; a call outside an authenticated request is a programming error. */
  public static CurrentUser require() {
    return current().orElseThrow(() -> new ForbiddenException("Требуется вход в систему"));
  }

  static void set(CurrentUser user) {
    CURRENT.set(user);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** Runs {@code action} as {@code user}: for start-up code and tests that call services directly. */
  public static <T> T runAs(CurrentUser user, java.util.function.Supplier<T> action) {
    CurrentUser previous = CURRENT.get();
    CURRENT.set(user);
    try {
      return action.get();
    } finally {
      if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
    }
  }
}
