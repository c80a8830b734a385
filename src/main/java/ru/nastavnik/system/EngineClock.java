package ru.nastavnik.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock: the process engine's clock, so that a process test that moves the
 * engine's time moves every deadline, reminder and «сегодня» of the application with it.
 * The only place that reads the engine's internal clock; everything else takes a {@link Clock}.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneOffset.UTC);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  /** The current moment for entities, which cannot take the bean: the same clock. */
  public static Instant now() {
    return ClockUtil.now().toInstant();
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
