package ru.nastavnik.monitoring;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Asks every educational organization for its report — the December report, or its June
 * self-diagnostics when the task's input {@code stageKind} says so: one OrganizationReportProcess each.
 */
@Component
class RequestOrganizationReportsDelegate implements JavaDelegate {

  private final MonitoringService service;

  RequestOrganizationReportsDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = FormValues.id(execution.getVariable(AnnualMonitoringProcessVariables.CAMPAIGN_ID));
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Object stage = execution.getVariableLocal(AnnualMonitoringProcessVariables.STAGE_KIND);
    ReportKind kind = stage == null ? ReportKind.ORGANIZATION : ReportKind.valueOf(stage.toString());
    for (MonitoringService.ReportStart start : service.requestSchoolReports(campaignId, kind, EngineClock.now())) {
      ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
          runtime.startProcessInstanceByKey(OrganizationReportProcessVariables.PROCESS_ID, String.valueOf(start.reportId()),
              Variables.createVariables()
                  .putValue(OrganizationReportProcessVariables.REPORT_ID, start.reportId())
                  .putValue(OrganizationReportProcessVariables.ORGANIZATION_CODE, start.organizationCode())
                  .putValue(OrganizationReportProcessVariables.DUE_AT, Date.from(start.dueAt()))
                  .putValue(OrganizationReportProcessVariables.REMINDER_AT, Date.from(start.reminderAt()))));
      service.attachReportProcess(start.reportId(), instance.getId());
    }
  }
}
