package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Records the result of a spring stage (its kind is the task's input {@code stageKind}). */
@Component
class RecordMonitoringStageDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final EngineUsers users;

  RecordMonitoringStageDelegate(MonitoringService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordStage(FormValues.id(execution.getVariable(AnnualMonitoringProcessVariables.CAMPAIGN_ID)),
        ReportKind.valueOf(String.valueOf(execution.getVariable(AnnualMonitoringProcessVariables.STAGE_KIND))),
        execution.getVariable(AnnualMonitoringProcessVariables.STAGE_SUMMARY),
        users.currentUserId("координатор"), EngineClock.now());
    execution.removeVariables(AnnualMonitoringProcessVariables.FORM_FIELDS);
  }
}
