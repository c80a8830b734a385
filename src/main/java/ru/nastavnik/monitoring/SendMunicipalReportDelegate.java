package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcessVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Records the coordinator's conclusions and attaches the documents sent to the department to the
 * process instance as files (Cockpit and the engine REST API download them).
 */
@Component
class SendMunicipalReportDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final EngineUsers users;

  SendMunicipalReportDelegate(MonitoringService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reportId = FormValues.id(execution.getVariable(MUNICIPAL_REPORT_ID));
    Instant now = EngineClock.now();
    service.sendMunicipalReport(reportId, execution.getVariable(REPORT_CONCLUSIONS), users.currentUserId("координатор"), now);
    ReportAttachments.attach(execution, service.documentContent(reportId, null, now), ANALYTIC_REPORT_DOCX, ANALYTIC_REPORT_XLSX);
    execution.removeVariables(FORM_FIELDS);
  }
}
