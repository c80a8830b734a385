package ru.nastavnik.system;

import org.springframework.core.Ordered;

/**
 * The order of our servlet filters, in one place. Each position says what it must be after:
 * the database outage answer wraps everything (the session store included), the shared session
 * is loaded before any filter that asks who the user is, and all of them run before Camunda's own
 * filters, whose answers they see and translate. Filters without a position here
 * ({@code ApiAuthenticationFilter}) run last, after all of these.
 */
public final class FilterOrder {

  /** A lost database anywhere, the session store included, becomes a Russian 503. */
  public static final int DATABASE_OUTAGE = Ordered.HIGHEST_PRECEDENCE;
  /** Refuses text no field may hold before anything reads it. */
  public static final int INPUT_GUARD = DATABASE_OUTAGE + 1;
  /** Sees every login's 401 before anything else answers. */
  public static final int LOGIN_THROTTLE = INPUT_GUARD + 1;
  /**
   * Spring Session's filter: the session is read from the database ({@code spring_session}) before
   * any filter below asks who the user is. Set in {@code application.yml}
   * ({@code spring.session.servlet.filter-order}), where a constant cannot be named.
   */
  public static final int SHARED_SESSION = LOGIN_THROTTLE + 1;
  /** Russian refusals of the engine's REST. */
  public static final int ENGINE_ERRORS = SHARED_SESSION + 1;
  /** Inside the Russian error filter, before Camunda's own filters. */
  public static final int ACCOUNT_GUARD = ENGINE_ERRORS + 1;
  public static final int STATISTICS_VISIBILITY = ACCOUNT_GUARD + 1;
  /** After the login throttle, which must see its 401. */
  public static final int ACTUATOR_ACCESS = STATISTICS_VISIBILITY + 1;
  public static final int WORKSPACE = ACTUATOR_ACCESS + 1;
  /** Inside the Russian error filter: it refreshes a task's form values before Tasklist reads them. */
  public static final int TASK_FORM_REFRESH = WORKSPACE + 1;

  private FilterOrder() {
  }
}
