package ru.nastavnik.monitoring;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

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
    Long campaignId = AnnualMonitoringProcess.CAMPAIGN_ID.required(execution);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String stage = FormValues.text(execution.getVariableLocal(AnnualMonitoringProcess.STAGE_KIND.name()));
    ReportKind kind = stage == null ? ReportKind.ORGANIZATION : ReportKind.valueOf(stage);
    for (MonitoringService.ReportStart start : service.requestSchoolReports(campaignId, kind, EngineClock.now())) {
      Map<String, Object> variables = new HashMap<>();
      OrganizationReportProcess.REPORT_ID.put(variables, start.reportId());
      OrganizationReportProcess.ORGANIZATION_CODE.put(variables, start.organizationCode());
      OrganizationReportProcess.DUE_AT.put(variables, Date.from(start.dueAt()));
      OrganizationReportProcess.REMINDER_AT.put(variables, Date.from(start.reminderAt()));
      ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
          runtime.startProcessInstanceByKey(OrganizationReportProcess.ID, String.valueOf(start.reportId()), variables));
      service.attachReportProcess(start.reportId(), instance.getId());
    }
  }
}
