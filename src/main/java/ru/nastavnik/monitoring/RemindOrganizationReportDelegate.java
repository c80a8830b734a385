package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Three days before the deadline the curators are reminded. */
@Component
class RemindOrganizationReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  RemindOrganizationReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindOrganizationReport(FormValues.id(execution.getVariable(OrganizationReportProcessVariables.REPORT_ID)));
  }
}
