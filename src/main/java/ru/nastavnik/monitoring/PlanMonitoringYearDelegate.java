package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcessVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Turns the municipality's calendar into the dates of the year's timers. */
@Component
class PlanMonitoringYearDelegate implements JavaDelegate {

  private final MonitoringService service;

  PlanMonitoringYearDelegate(MonitoringService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = FormValues.id(execution.getVariable(CAMPAIGN_ID));
    Map<MonitoringStage, Instant> timeline = service.fixTimeline(campaignId);
    execution.setVariable(ORGANIZATION_CODE, service.reportingBodyCode(campaignId));
    execution.setVariable(ORG_REPORTS_OPEN_AT, Date.from(timeline.get(MonitoringStage.ORG_REPORTS_OPEN)));
    execution.setVariable(ORG_REPORTS_DUE_AT, Date.from(timeline.get(MonitoringStage.ORG_REPORTS_DUE)));
    execution.setVariable(ANALYTIC_REPORT_DUE_AT, Date.from(timeline.get(MonitoringStage.ANALYTIC_REPORT_DUE)));
    execution.setVariable(ASSESSMENT_OPEN_AT, Date.from(timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_OPEN)));
    execution.setVariable(ASSESSMENT_DUE_AT, Date.from(timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_DUE)));
    execution.setVariable(JUNE_STAGES_OPEN_AT, Date.from(timeline.get(MonitoringStage.JUNE_STAGES_OPEN)));
    execution.setVariable(EFFECTIVENESS_DUE_AT, Date.from(timeline.get(MonitoringStage.EFFECTIVENESS_DUE)));
    execution.setVariable(DECISIONS_DUE_AT, Date.from(timeline.get(MonitoringStage.DECISIONS_DUE)));
  }
}
