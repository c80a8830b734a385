package ru.nastavnik.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that rolls a command back as an ERROR with its stack trace —
 * also a user's input refused by a business rule (which {@link BusinessErrorsPlugin} logs once at
 * INFO, without a trace). Those ERRORs are dropped; real errors stay ERROR.
 */
@Component
class BusinessRefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      setName("business-refusals");
      context.addTurboFilter(this);
      start();
    }
  }

  @PreDestroy
  void uninstall() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getTurboFilterList().remove(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable) thrown = throwable;
      }
    }
    return isBusinessRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isBusinessRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BusinessRuleException || cause instanceof NotFoundException || cause instanceof ForbiddenException
          || cause instanceof ConflictException) {
        return true;
      }
    }
    return false;
  }
}
