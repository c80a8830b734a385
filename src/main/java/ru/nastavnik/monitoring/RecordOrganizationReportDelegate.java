package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.OrganizationReportProcess.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

/**
 * Records the curator's report (bad input rolls the task completion back with a Russian message)
 * and attaches its documents to the process instance.
 */
@Component
class RecordOrganizationReportDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final MonitoringQueries queries;
  private final EngineUsers users;

  RecordOrganizationReportDelegate(MonitoringService service, MonitoringQueries queries, EngineUsers users) {
    this.service = service;
    this.queries = queries;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reportId = REPORT_ID.required(execution);
    MonitoringService.CuratorTexts texts = new MonitoringService.CuratorTexts(
        FormValues.requiredText(REPORT_COMMENTS.get(execution), REPORT_COMMENTS.name(),
            "Опишите, как реализуется наставничество в организации", 4000),
        FormValues.optionalText(REPORT_DIFFICULTIES.get(execution), REPORT_DIFFICULTIES.name(), 4000),
        FormValues.optionalText(REPORT_PLANS.get(execution), REPORT_PLANS.name(), 4000));
    Instant now = EngineClock.now();
    service.submitOrganizationReport(reportId, texts, users.currentUserId("куратор"), now);
    execution.removeVariables(FORM_FIELDS);
    ReportAttachments.attach(execution, queries.documentContent(reportId, now), REPORT_DOCX, REPORT_XLSX);
  }
}
