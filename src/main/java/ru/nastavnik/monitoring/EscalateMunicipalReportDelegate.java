package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The analytic report is not sent by its date: coordinators and department are told. */
@Component
class EscalateMunicipalReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  EscalateMunicipalReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindMunicipalReport(AnnualMonitoringProcess.MUNICIPAL_REPORT_ID.required(execution));
  }
}
