package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** All stages of the year are done. */
@Component
class CloseMonitoringYearDelegate implements JavaDelegate {

  private final MonitoringService service;

  CloseMonitoringYearDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.closeYear(AnnualMonitoringProcess.CAMPAIGN_ID.required(execution), EngineClock.now());
  }
}
