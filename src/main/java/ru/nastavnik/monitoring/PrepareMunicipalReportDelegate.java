package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** After the organizations' deadline: the municipal report to be compiled by the coordinator. */
@Component
class PrepareMunicipalReportDelegate implements JavaDelegate {

  private final MonitoringService service;

  PrepareMunicipalReportDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = AnnualMonitoringProcess.CAMPAIGN_ID.required(execution);
    AnnualMonitoringProcess.MUNICIPAL_REPORT_ID.set(execution, service.prepareMunicipalReport(campaignId, EngineClock.now()));
  }
}
