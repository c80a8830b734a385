package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;

/** A refusal by a business rule is one INFO line without a stack trace, not an engine ERROR. */
class BusinessRefusalLogIT extends IntegrationTestSupport {

  @Test
  void aRefusedFormIsLoggedOnceAtInfoWithoutAStackTrace() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    root.addAppender(events);
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put("competencies", variable("[\"ASSESSMENT\"]", "Json"));
      variables.put("forms", variable("[\"TRADITIONAL\"]", "Json"));
      variables.put("capacity", variable(2, "Long"));
      variables.put("consentPersonalData", variable(false, "Boolean"));
      variables.put("consentMentoringDuties", variable(false, "Boolean"));
      ResponseEntity<String> refused = post("mentee2a",
          "/engine-rest/process-definition/key/MentorEnrollmentProcess/submit-form", Map.of("variables", variables));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    } finally {
      root.detachAppender(events);
    }

    List<ILoggingEvent> errors = events.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    assertThat(errors).as("errors logged for a refusal").isEmpty();
    assertThat(events.list).anySatisfy(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.INFO);
      assertThat(e.getLoggerName()).isEqualTo(BusinessErrorsPlugin.class.getName());
      assertThat(e.getFormattedMessage()).contains("Отказ по правилу").contains("согласи");
      assertThat(e.getThrowableProxy()).isNull();
    });
  }

  @Test
  void aRealErrorStaysAnError() {
    assertThat(BusinessRefusalLogFilter.isBusinessRefusal(new IllegalStateException("сбой"))).isFalse();
    assertThat(BusinessRefusalLogFilter.isBusinessRefusal(new RuntimeException(new BusinessRuleException("отказ")))).isTrue();
  }
}
