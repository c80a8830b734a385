package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/** Puts the figures the system knows (and the download links) into every monitoring task as it is created. */
@Component
class MonitoringTaskListener implements TaskListener, TaskForm.Filler {

  private final MonitoringTaskTexts texts;
  private final Clock clock;

  MonitoringTaskListener(MonitoringTaskTexts texts, Clock clock) {
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    fill(TaskForm.of(task));
    if (OrganizationReportProcess.TASK_FILE_REPORT.equals(task.getTaskDefinitionKey())) {
      task.setName(texts.reportTaskName(OrganizationReportProcess.REPORT_ID.required(task)));
    }
  }

  /** Every monitoring task shows the figures of the moment its form is opened; they are frozen only when filed. */
  @Override
  public boolean fills(String taskKey) {
    return switch (taskKey) {
      case OrganizationReportProcess.TASK_FILE_REPORT, TASK_COMPILE_MUNICIPAL_REPORT, TASK_REVIEW_MUNICIPAL_REPORT,
          TASK_ASSESS_PROGRAMS, TASK_SELF_DIAGNOSTICS, TASK_MONITOR_EFFECTIVENESS, TASK_REVIEW_MANAGEMENT_DECISIONS -> true;
      default -> false;
    };
  }

  @Override
  public void fill(TaskForm form) {
    var now = clock.instant();
    String text = switch (form.taskKey()) {
      case OrganizationReportProcess.TASK_FILE_REPORT ->
          texts.organizationReportText(FormValues.id(form.variable(OrganizationReportProcess.REPORT_ID.name())), now);
      case TASK_COMPILE_MUNICIPAL_REPORT, TASK_REVIEW_MUNICIPAL_REPORT ->
          texts.municipalReportText(FormValues.id(form.variable(MUNICIPAL_REPORT_ID.name())), now);
      default -> texts.stageText(FormValues.id(form.variable(CAMPAIGN_ID.name())), stageOf(form.taskKey()), now);
    };
    form.show(REPORT_TEXT.name(), text);
  }

  static ReportKind stageOf(String taskKey) {
    return switch (taskKey) {
      case TASK_ASSESS_PROGRAMS -> ReportKind.PROGRAM_ASSESSMENT;
      case TASK_SELF_DIAGNOSTICS -> ReportKind.SELF_DIAGNOSTICS;
      case TASK_MONITOR_EFFECTIVENESS -> ReportKind.EFFECTIVENESS;
      case TASK_REVIEW_MANAGEMENT_DECISIONS -> ReportKind.MANAGEMENT_DECISIONS;
      default -> throw new IllegalArgumentException("Не задача мониторинга: " + taskKey);
    };
  }
}
