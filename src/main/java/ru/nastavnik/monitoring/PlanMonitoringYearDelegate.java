package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the municipality's calendar into the dates of the year's timers. */
@Component
class PlanMonitoringYearDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final MonitoringSchedule schedule;

  PlanMonitoringYearDelegate(MonitoringService service, MonitoringSchedule schedule) {
    this.service = service;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = CAMPAIGN_ID.required(execution);
    Map<MonitoringStage, Instant> timeline = schedule.fixTimeline(campaignId);
    ORGANIZATION_CODE.set(execution, service.reportingBodyCode(campaignId));
    ORG_REPORTS_OPEN_AT.set(execution, Date.from(timeline.get(MonitoringStage.ORG_REPORTS_OPEN)));
    ORG_REPORTS_DUE_AT.set(execution, Date.from(timeline.get(MonitoringStage.ORG_REPORTS_DUE)));
    ANALYTIC_REPORT_DUE_AT.set(execution, Date.from(timeline.get(MonitoringStage.ANALYTIC_REPORT_DUE)));
    ASSESSMENT_OPEN_AT.set(execution, Date.from(timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_OPEN)));
    ASSESSMENT_DUE_AT.set(execution, Date.from(timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_DUE)));
    JUNE_STAGES_OPEN_AT.set(execution, Date.from(timeline.get(MonitoringStage.JUNE_STAGES_OPEN)));
    EFFECTIVENESS_DUE_AT.set(execution, Date.from(timeline.get(MonitoringStage.EFFECTIVENESS_DUE)));
    DECISIONS_DUE_AT.set(execution, Date.from(timeline.get(MonitoringStage.DECISIONS_DUE)));
  }
}
