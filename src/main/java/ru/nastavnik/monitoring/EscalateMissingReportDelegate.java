package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The report is late: director, coordinator and department are told, weekly while it is missing. */
@Component
class EscalateMissingReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  EscalateMissingReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateMissingReport(OrganizationReportProcess.REPORT_ID.required(execution));
  }
}
