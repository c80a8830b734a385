package ru.nastavnik.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the one {@link Clock} of the application (see {@link EngineClock}). */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock();
  }
}
