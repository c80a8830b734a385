package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A spring stage passed its date: coordinators and department are told (its kind is the task's input {@code stageKind}). */
@Component
class EscalateMonitoringStageDelegate implements JavaDelegate {

  private final MonitoringService service;

  EscalateMonitoringStageDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateStage(AnnualMonitoringProcess.CAMPAIGN_ID.required(execution),
        ReportKind.valueOf(AnnualMonitoringProcess.STAGE_KIND.required(execution)));
  }
}
