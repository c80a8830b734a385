package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

/**
 * Records the coordinator's conclusions and attaches the documents sent to the department to the
 * process instance as files (Cockpit and the engine REST API download them).
 */
@Component
class SendMunicipalReportDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final MonitoringQueries queries;
  private final EngineUsers users;

  SendMunicipalReportDelegate(MonitoringService service, MonitoringQueries queries, EngineUsers users) {
    this.service = service;
    this.queries = queries;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reportId = MUNICIPAL_REPORT_ID.required(execution);
    String conclusions = FormValues.requiredText(REPORT_CONCLUSIONS.get(execution), REPORT_CONCLUSIONS.name(),
        "Напишите выводы и предложения по итогам мониторинга", 8000);
    Instant now = EngineClock.now();
    service.sendMunicipalReport(reportId, conclusions, users.currentUserId("координатор"), now);
    ReportAttachments.attach(execution, queries.documentContent(reportId, now), ANALYTIC_REPORT_DOCX, ANALYTIC_REPORT_XLSX);
    execution.removeVariables(FORM_FIELDS);
  }
}
