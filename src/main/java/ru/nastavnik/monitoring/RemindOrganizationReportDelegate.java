package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Three days before the deadline the curators are reminded. */
@Component
class RemindOrganizationReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  RemindOrganizationReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindOrganizationReport(OrganizationReportProcess.REPORT_ID.required(execution));
  }
}
