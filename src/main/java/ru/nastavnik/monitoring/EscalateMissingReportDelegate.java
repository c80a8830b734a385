package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** The report is late: director, coordinator and department are told, weekly while it is missing. */
@Component
class EscalateMissingReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  EscalateMissingReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateMissingReport(FormValues.id(execution.getVariable(OrganizationReportProcessVariables.REPORT_ID)));
  }
}
