package ru.nastavnik.system;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters in front of every API, in this order: {@link InputGuardFilter} (refuses
 * text no field may hold), then the login throttle of the {@code security} package, then
 * {@link EngineRestErrorFilter} (Russian refusals of the engine's REST). All run before Camunda's
 * own filters, whose answers they can therefore see and translate.
 */
@Configuration
class WebFilters {

  /** Paths of every API: ours, the engine's REST, the webapps' REST. */
  static final String[] API_PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};

  /** Around everything, the login check included: a lost database anywhere becomes a Russian 503. */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
    FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
    registration.addUrlPatterns("/*");
    registration.setOrder(FilterOrder.DATABASE_OUTAGE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<InputGuardFilter> inputGuardFilter() {
    FilterRegistrationBean<InputGuardFilter> registration = new FilterRegistrationBean<>(new InputGuardFilter());
    registration.addUrlPatterns(API_PATHS);
    registration.setOrder(FilterOrder.INPUT_GUARD);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskFormRefreshFilter> taskFormRefreshFilter(ProcessEngineConfigurationImpl engine,
      TaskService tasks, List<TaskForm.Filler> fillers, TransactionTemplate transaction) {
    FilterRegistrationBean<TaskFormRefreshFilter> registration = new FilterRegistrationBean<>(
        new TaskFormRefreshFilter(engine, tasks, fillers, transaction));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(FilterOrder.TASK_FORM_REFRESH);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestErrorFilter> engineRestErrorFilter(HistoryService history) {
    FilterRegistrationBean<EngineRestErrorFilter> registration = new FilterRegistrationBean<>(new EngineRestErrorFilter(history));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(FilterOrder.ENGINE_ERRORS);
    return registration;
  }
}
