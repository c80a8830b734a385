package ru.nastavnik.security;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import ru.nastavnik.person.PersonRepository;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.system.BasicLogins;
import ru.nastavnik.system.FilterOrder;

/** The login throttle and its filter, between the input guard and the engine's REST errors; the guard of Actuator. */
@Configuration
class SecurityConfiguration {

  @Bean
  LoginThrottle loginThrottle(Clock clock) {
    return new LoginThrottle(clock);
  }

  @Bean
  FilterRegistrationBean<AccountGuardFilter> accountGuardFilter(IdentityService identityService, PersonRepository people) {
    FilterRegistrationBean<AccountGuardFilter> registration =
        new FilterRegistrationBean<>(new AccountGuardFilter(identityService, people));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(FilterOrder.ACCOUNT_GUARD);
    return registration;
  }

  @Bean
  FilterRegistrationBean<StatisticsVisibilityFilter> statisticsVisibilityFilter(IdentityService identityService,
      RuntimeService runtimeService, ManagementService managementService) {
    FilterRegistrationBean<StatisticsVisibilityFilter> registration =
        new FilterRegistrationBean<>(new StatisticsVisibilityFilter(identityService, runtimeService, managementService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(FilterOrder.STATISTICS_VISIBILITY);
    return registration;
  }

  /** Health for everybody (status only), metrics for the administrator, nothing else (docs/observability.md). */
  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(BasicLogins logins) {
    FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(new ActuatorAccessFilter(logins));
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(FilterOrder.ACTUATOR_ACCESS);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/actuator/*");
    registration.setOrder(FilterOrder.LOGIN_THROTTLE);
    return registration;
  }
}
