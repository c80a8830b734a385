package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

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
    String summary = FormValues.requiredText(STAGE_SUMMARY.get(execution), STAGE_SUMMARY.name(),
        "Кратко изложите результаты", 8000);
    service.recordStage(CAMPAIGN_ID.required(execution), ReportKind.valueOf(STAGE_KIND.required(execution)), summary,
        users.currentUserId("координатор"), EngineClock.now());
    execution.removeVariables(FORM_FIELDS);
  }
}
