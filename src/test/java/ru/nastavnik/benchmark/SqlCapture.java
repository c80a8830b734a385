package ru.nastavnik.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Catches the SQL the engine's MyBatis mappers send (their DEBUG lines "Preparing:" and
 * "Parameters:") while switched on, and turns each statement back into plain SQL with its values,
 * so that a benchmark can show PostgreSQL's plan of exactly what Camunda ran.
 */
public final class SqlCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final Logger logger;
  private final Level previousLevel;
  private final List<String> statements = new ArrayList<>();
  private String pending;

  /** Starts capturing the statements of one mapper namespace, e.g. {@code ...persistence.entity.TaskEntity}. */
  public static SqlCapture start(String mapperNamespace) {
    return new SqlCapture((Logger) LoggerFactory.getLogger(mapperNamespace));
  }

  private SqlCapture(Logger logger) {
    this.logger = logger;
    this.previousLevel = logger.getLevel();
    setContext(logger.getLoggerContext());
    start();
    logger.addAppender(this);
    logger.setLevel(Level.DEBUG);
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    String message = event.getFormattedMessage().trim();
    if (message.startsWith("==>  Preparing:")) {
      pending = message.substring("==>  Preparing:".length()).trim();
    } else if (message.startsWith("==> Parameters:") && pending != null) {
      statements.add(inline(pending, message.substring("==> Parameters:".length()).trim()));
      pending = null;
    }
  }

  /** The statements caught so far, with their values written in. */
  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previousLevel);
    stop();
  }

  /** "curators-khm-sch1(String), 1(Integer)" into the "?" of the statement, in order. */
  private static String inline(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    if (!parameters.isEmpty()) {
      for (String parameter : parameters.split(", ")) {
        int open = parameter.lastIndexOf('(');
        String value = open < 0 ? parameter : parameter.substring(0, open);
        String type = open < 0 ? "" : parameter.substring(open + 1, parameter.length() - 1);
        boolean number = type.equals("Integer") || type.equals("Long") || type.equals("Boolean");
        values.add(parameter.equals("null") ? "null" : number ? value : "'" + value.replace("'", "''") + "'");
      }
    }
    StringBuilder text = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?' && next < values.size()) {
        text.append(values.get(next++));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
