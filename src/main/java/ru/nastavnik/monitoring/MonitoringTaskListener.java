package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Puts the figures the system knows (and the download links) into every monitoring task as it is created. */
@Component
class MonitoringTaskListener implements TaskListener {

  private final MonitoringService service;

  MonitoringTaskListener(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    var now = ClockUtil.getCurrentTime().toInstant();
    String text = switch (task.getTaskDefinitionKey()) {
      case "UserTask_FileOrganizationReport" ->
          service.organizationReportText(FormValues.id(task.getVariable(OrganizationReportProcessVariables.REPORT_ID)), now);
      case "UserTask_CompileMunicipalReport", "UserTask_ReviewMunicipalReport" ->
          service.municipalReportText(FormValues.id(task.getVariable(AnnualMonitoringProcessVariables.MUNICIPAL_REPORT_ID)), now);
      default -> service.stageText(FormValues.id(task.getVariable(AnnualMonitoringProcessVariables.CAMPAIGN_ID)),
          stageOf(task.getTaskDefinitionKey()), now);
    };
    task.setVariableLocal(AnnualMonitoringProcessVariables.REPORT_TEXT, text);
    if ("UserTask_FileOrganizationReport".equals(task.getTaskDefinitionKey())) {
      task.setName(service.reportTaskName(FormValues.id(task.getVariable(OrganizationReportProcessVariables.REPORT_ID))));
    }
  }

  static ReportKind stageOf(String taskKey) {
    return switch (taskKey) {
      case "UserTask_AssessPrograms" -> ReportKind.PROGRAM_ASSESSMENT;
      case "UserTask_SelfDiagnostics" -> ReportKind.SELF_DIAGNOSTICS;
      case "UserTask_MonitorEffectiveness" -> ReportKind.EFFECTIVENESS;
      case "UserTask_ReviewManagementDecisions" -> ReportKind.MANAGEMENT_DECISIONS;
      default -> throw new IllegalArgumentException("Не задача мониторинга: " + taskKey);
    };
  }
}
