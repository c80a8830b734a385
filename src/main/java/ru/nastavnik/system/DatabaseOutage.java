package ru.nastavnik.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a lost database (PostgreSQL stopped, network cut, pool exhausted) in any exception and
 * answers it as 503 with a Russian message and {@code Retry-After}: the request may simply be repeated
 * once the database is back, unlike a 500. Used by {@link ProblemHandler} (our REST API),
 * {@link DatabaseOutageFilter} (everything else) and {@link EngineRestErrorFilter} (the engine's REST).
 */
public final class DatabaseOutage {

  public static final String TITLE = "База данных недоступна";
  public static final String DETAIL = "База данных временно недоступна, повторите через минуту.";
  /** Seconds a client should wait before repeating. */
  public static final int RETRY_AFTER_SECONDS = 60;

  /** Exception types (simple names, anywhere in the cause chain) that mean the database cannot be reached. */
  private static final Set<String> OUTAGE_TYPES = Set.of("CannotGetJdbcConnectionException",
      "CannotCreateTransactionException", "DataAccessResourceFailureException", "JDBCConnectionException",
      "SQLTransientConnectionException", "SQLNonTransientConnectionException");

  private DatabaseOutage() {}

  /** Whether the exception, or one of its causes, says the database cannot be reached. */
  public static boolean isOutage(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
      // SQLState class 08: connection exception (PostgreSQL stopped, network cut).
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      String type = cause.getClass().getSimpleName();
      if (OUTAGE_TYPES.contains(type)) {
        return true;
      }
      if (isOutageMessage(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an error's type name and message (as the engine's REST reports them) mean a lost database. */
  static boolean isOutage(String type, String message) {
    return type != null && OUTAGE_TYPES.contains(type) || isOutageMessage(message);
  }

  private static boolean isOutageMessage(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("could not open jdbc connection") || lower.contains("could not open jpa entitymanager")
        || lower.contains("connection is not available, request timed out")
        || lower.contains("connection attempt failed") || lower.contains("this connection has been closed")
        || lower.contains("i/o error occurred while sending to the backend")
        || lower.contains("terminating connection due to administrator command")
        || lower.contains("the database system is shutting down") || lower.contains("the database system is starting up")
        || lower.contains("unable to acquire jdbc connection");
  }

  public static ObjectNode body() {
    return Problems.body(HttpServletResponse.SC_SERVICE_UNAVAILABLE, TITLE, DETAIL);
  }

  /** Writes the 503 answer unless the response is already under way. */
  public static void write(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    Problems.write(response, body());
  }
}
