package ru.nastavnik.workspace;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.system.FilterOrder;

/** The workspace's door ({@link WorkspaceFilter}) on {@code /nastavnik/*}, with the webapps' CSRF settings. */
@Configuration
class WorkspaceConfiguration {

  @Bean
  FilterRegistrationBean<WorkspaceFilter> workspaceFilter(CamundaBpmProperties camunda) {
    CamundaCsrfTokens tokens = new CamundaCsrfTokens(camunda.getWebapp().getCsrf().getInitParams());
    FilterRegistrationBean<WorkspaceFilter> registration = new FilterRegistrationBean<>(new WorkspaceFilter(tokens));
    registration.addUrlPatterns("/nastavnik", "/nastavnik/*");
    registration.setOrder(FilterOrder.WORKSPACE);
    return registration;
  }
}
