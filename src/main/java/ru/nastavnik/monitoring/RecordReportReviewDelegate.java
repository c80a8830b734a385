package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** The department's decision on the analytic report; a return sends it back to the coordinator. */
@Component
class RecordReportReviewDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final EngineUsers users;

  RecordReportReviewDelegate(MonitoringService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = service.reviewMunicipalReport(
        FormValues.id(execution.getVariable(AnnualMonitoringProcessVariables.MUNICIPAL_REPORT_ID)),
        execution.getVariable(AnnualMonitoringProcessVariables.REVIEW_DECISION),
        execution.getVariable(AnnualMonitoringProcessVariables.REVIEW_COMMENT),
        users.currentUserId("орган управления образованием"), EngineClock.now());
    execution.setVariable(AnnualMonitoringProcessVariables.REPORT_ACCEPTED, accepted);
    execution.removeVariables(AnnualMonitoringProcessVariables.FORM_FIELDS);
  }
}
