package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.time.Clock;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/** Puts the figures the system knows (and the download links) into every monitoring task as it is created. */
@Component
class MonitoringTaskListener implements TaskListener, TaskForm.Filler {

  private final MonitoringService service;
  private final Clock clock;

  MonitoringTaskListener(MonitoringService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    fill(TaskForm.of(task));
    if ("UserTask_FileOrganizationReport".equals(task.getTaskDefinitionKey())) {
      task.setName(service.reportTaskName(FormValues.id(task.getVariable(OrganizationReportProcessVariables.REPORT_ID))));
    }
  }

  /** Every monitoring task shows the figures of the moment its form is opened; they are frozen only when filed. */
  @Override
  public boolean fills(String taskKey) {
    return switch (taskKey) {
      case "UserTask_FileOrganizationReport", "UserTask_CompileMunicipalReport", "UserTask_ReviewMunicipalReport",
          "UserTask_AssessPrograms", "UserTask_SelfDiagnostics", "UserTask_MonitorEffectiveness",
          "UserTask_ReviewManagementDecisions" -> true;
      default -> false;
    };
  }

  @Override
  public void fill(TaskForm form) {
    var now = clock.instant();
    String text = switch (form.taskKey()) {
      case "UserTask_FileOrganizationReport" ->
          service.organizationReportText(FormValues.id(form.variable(OrganizationReportProcessVariables.REPORT_ID)), now);
      case "UserTask_CompileMunicipalReport", "UserTask_ReviewMunicipalReport" ->
          service.municipalReportText(FormValues.id(form.variable(AnnualMonitoringProcessVariables.MUNICIPAL_REPORT_ID)), now);
      default -> service.stageText(FormValues.id(form.variable(AnnualMonitoringProcessVariables.CAMPAIGN_ID)),
          stageOf(form.taskKey()), now);
    };
    form.show(AnnualMonitoringProcessVariables.REPORT_TEXT, text);
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
