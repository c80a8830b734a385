package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** A spring stage passed its date: coordinators and department are told. */
@Component
class EscalateMonitoringStageDelegate implements JavaDelegate {

  private final MonitoringService service;

  EscalateMonitoringStageDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateStage(FormValues.id(execution.getVariable(AnnualMonitoringProcessVariables.CAMPAIGN_ID)),
        ReportKind.valueOf(String.valueOf(execution.getVariable(AnnualMonitoringProcessVariables.STAGE_KIND))));
  }
}
