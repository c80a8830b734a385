package ru.nastavnik.monitoring;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * When the application starts in the middle of an academic year, the municipalities get that
 * year's monitoring at once instead of waiting for the next 1 September.
 * {@code nastavnik.monitoring.open-on-startup=false} turns it off (the integration tests do).
 */
@Component
@ConditionalOnProperty(name = "nastavnik.monitoring.open-on-startup", havingValue = "true", matchIfMissing = true)
class MonitoringYearOpener {

  private final MonitoringYears years;
  private final RuntimeService runtime;
  private final IdentityService identity;

  MonitoringYearOpener(MonitoringYears years, RuntimeService runtime, IdentityService identity) {
    this.years = years;
    this.runtime = runtime;
    this.identity = identity;
  }

  // After the demo data (order 0): a fresh demo database gets its year on the first start.
  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  void openCurrentYear() {
    Instant now = EngineClock.now();
    years.openMissing(runtime, identity, now);
  }
}
