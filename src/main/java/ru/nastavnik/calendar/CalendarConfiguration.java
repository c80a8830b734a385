package ru.nastavnik.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import ru.nastavnik.organization.OrganizationService;

/** Working days for the engine, each organization counted in its municipality's time zone. */
@Configuration
class CalendarConfiguration {

  @Bean
  WorkingDaysPlugin workingDaysPlugin(@Lazy OrganizationService organizations) {
    return new WorkingDaysPlugin(code -> organizations.organizationByCode(code).getMunicipality().getTimeZone());
  }

  /** The deadline rules for services: the same calendar the engine counts with. */
  @Bean
  WorkingDays workingDays() {
    return WorkingDays.standard();
  }
}
