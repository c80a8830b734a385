package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Records the curator's report (bad input rolls the task completion back with a Russian message)
 * and attaches its documents to the process instance.
 */
@Component
class RecordOrganizationReportDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final EngineUsers users;

  RecordOrganizationReportDelegate(MonitoringService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.submitOrganizationReport(FormValues.id(execution.getVariable(OrganizationReportProcessVariables.REPORT_ID)),
        execution.getVariable(OrganizationReportProcessVariables.REPORT_COMMENTS),
        execution.getVariable(OrganizationReportProcessVariables.REPORT_DIFFICULTIES),
        execution.getVariable(OrganizationReportProcessVariables.REPORT_PLANS),
        users.currentUserId("куратор"), EngineClock.now());
    execution.removeVariables(OrganizationReportProcessVariables.FORM_FIELDS);
    Long reportId = FormValues.id(execution.getVariable(OrganizationReportProcessVariables.REPORT_ID));
    ReportAttachments.attach(execution, service.documentContent(reportId, null, EngineClock.now()),
        OrganizationReportProcessVariables.REPORT_DOCX, OrganizationReportProcessVariables.REPORT_XLSX);
  }
}
