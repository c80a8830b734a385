package ru.nastavnik.monitoring;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;

/**
 * Walks the monitoring year of Khanty-Mansiysk (UTC+5) on the in-memory engine with the
 * decree's calendar (seed 001): the organizations' reports on 1 December, the coordinator's
 * analytic report after 15 December with its 25 December deadline, the department's return and
 * acknowledgement, the May program assessment, and the June stages and their escalations.
 * The yearly timer that opens the years is {@link MonitoringYearOpeningProcessTest}'s.
 */
@Deployment(resources = {"processes/AnnualMonitoringProcess.bpmn", "forms/MunicipalReportForm.form",
    "forms/MunicipalReportReviewForm.form", "forms/MonitoringStageForm.form"})
class AnnualMonitoringProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final Map<MonitoringStage, Instant> YEAR = MonitoringCalendar.defaults(2026, KHM);

  private final List<String> calls = new ArrayList<>();
  private boolean departmentAccepts = true;

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-01T00:00:00Z")));
    Mocks.register("monitoringTaskListener", (TaskListener) task -> task.setVariableLocal(REPORT_TEXT.name(), "Показатели"));
    Mocks.register("planMonitoringYearDelegate", (JavaDelegate) execution -> {
      calls.add("plan");
      ORGANIZATION_CODE.set(execution, "khm-cro");
      ORG_REPORTS_OPEN_AT.set(execution, date(MonitoringStage.ORG_REPORTS_OPEN));
      ORG_REPORTS_DUE_AT.set(execution, date(MonitoringStage.ORG_REPORTS_DUE));
      ANALYTIC_REPORT_DUE_AT.set(execution, date(MonitoringStage.ANALYTIC_REPORT_DUE));
      ASSESSMENT_OPEN_AT.set(execution, date(MonitoringStage.PROGRAM_ASSESSMENT_OPEN));
      ASSESSMENT_DUE_AT.set(execution, date(MonitoringStage.PROGRAM_ASSESSMENT_DUE));
      JUNE_STAGES_OPEN_AT.set(execution, date(MonitoringStage.JUNE_STAGES_OPEN));
      EFFECTIVENESS_DUE_AT.set(execution, date(MonitoringStage.EFFECTIVENESS_DUE));
      DECISIONS_DUE_AT.set(execution, date(MonitoringStage.DECISIONS_DUE));
    });
    Mocks.register("requestOrganizationReportsDelegate", (JavaDelegate) execution -> calls.add(
        execution.getVariableLocal(STAGE_KIND.name()) == null ? "requestReports@" + now() : "requestReports:" + execution.getVariableLocal(STAGE_KIND.name())));
    Mocks.register("prepareMunicipalReportDelegate", (JavaDelegate) execution -> {
      calls.add("prepare@" + now());
      MUNICIPAL_REPORT_ID.set(execution, 40L);
    });
    Mocks.register("escalateMunicipalReportDelegate", (JavaDelegate) execution -> calls.add("escalateReport@" + now()));
    Mocks.register("sendMunicipalReportDelegate", (JavaDelegate) execution ->
        calls.add("send:" + REPORT_CONCLUSIONS.get(execution)));
    Mocks.register("recordReportReviewDelegate", (JavaDelegate) execution -> {
      calls.add("review:" + REVIEW_DECISION.get(execution));
      REPORT_ACCEPTED.set(execution, departmentAccepts);
    });
    Mocks.register("recordMonitoringStageDelegate", (JavaDelegate) execution ->
        calls.add("stage:" + STAGE_KIND.get(execution)));
    Mocks.register("escalateMonitoringStageDelegate", (JavaDelegate) execution ->
        calls.add("escalateStage:" + STAGE_KIND.get(execution) + "@" + now()));
    Mocks.register("closeMonitoringYearDelegate", (JavaDelegate) execution -> calls.add("close"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static Date date(MonitoringStage stage) {
    return Date.from(YEAR.get(stage));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private ProcessInstance openYear() {
    return runtimeService().createMessageCorrelation(MESSAGE_YEAR_OPENED).processInstanceBusinessKey("khm-2026")
        .setVariable(CAMPAIGN_ID.name(), 3L).setVariable(MUNICIPALITY_CODE.name(), "khm").correlateStartMessage();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
    runAsyncSteps();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** From the opened year up to the coordinator's task of 15 December. */
  private ProcessInstance upToTheAnalyticReport() {
    ProcessInstance instance = openYear();
    fire(timer(instance, TIMER_ORG_REPORTS_OPEN));
    fire(timer(instance, TIMER_ORG_REPORTS_DUE));
    return instance;
  }

  @Test
  void theDecreesCalendarFallsOnItsDatesInTheMunicipalitysTimeZone() {
    assertThat(YEAR.get(MonitoringStage.ORG_REPORTS_OPEN)).isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
    assertThat(YEAR.get(MonitoringStage.ORG_REPORTS_DUE)).isEqualTo(Instant.parse("2026-12-15T13:00:00Z"));
    assertThat(YEAR.get(MonitoringStage.ANALYTIC_REPORT_DUE)).isEqualTo(Instant.parse("2026-12-25T13:00:00Z"));
    assertThat(YEAR.get(MonitoringStage.PROGRAM_ASSESSMENT_OPEN)).isEqualTo(Instant.parse("2027-05-04T04:00:00Z"));
    // 29 May 2027 is a Saturday: the stage's deadline moves to Monday 31 May, 18:00 local time.
    assertThat(YEAR.get(MonitoringStage.PROGRAM_ASSESSMENT_DUE)).isEqualTo(Instant.parse("2027-05-31T13:00:00Z"));
    assertThat(YEAR.get(MonitoringStage.EFFECTIVENESS_DUE)).isEqualTo(Instant.parse("2027-06-15T13:00:00Z"));
    assertThat(YEAR.get(MonitoringStage.DECISIONS_DUE)).isEqualTo(Instant.parse("2027-06-30T13:00:00Z"));
  }

  @Test
  void organizationsAreAskedOnFirstDecemberAndTheCoordinatorCompilesAfterTheirDeadline() {
    ProcessInstance instance = openYear();

    assertThat(instance).isWaitingAt(TIMER_ORG_REPORTS_OPEN);
    assertThat(timer(instance, TIMER_ORG_REPORTS_OPEN).getDuedate()).isEqualTo(date(MonitoringStage.ORG_REPORTS_OPEN));
    fire(timer(instance, TIMER_ORG_REPORTS_OPEN));
    assertThat(timer(instance, TIMER_ORG_REPORTS_DUE).getDuedate()).isEqualTo(date(MonitoringStage.ORG_REPORTS_DUE));
    fire(timer(instance, TIMER_ORG_REPORTS_DUE));

    assertThat(calls).containsExactly("plan", "requestReports@2026-12-01T04:00:00Z", "prepare@2026-12-15T13:00:00Z");
    Task compile = task(instance, TASK_COMPILE_MUNICIPAL_REPORT);
    assertThat(compile).hasCandidateGroup("coordinators-khm");
    assertThat(compile.getDueDate()).isEqualTo(date(MonitoringStage.ANALYTIC_REPORT_DUE));
  }

  @Test
  void anAnalyticReportNotSentByTwentyFifthDecemberIsEscalatedAndStaysWithTheCoordinator() {
    ProcessInstance instance = upToTheAnalyticReport();

    fire(timer(instance, BOUNDARY_ANALYTIC_REPORT_DUE));

    assertThat(calls).last().isEqualTo("escalateReport@2026-12-25T13:00:00Z");
    assertThat(instance).isWaitingAt(TASK_COMPILE_MUNICIPAL_REPORT);
  }

  @Test
  void theDepartmentReturnsTheReportAndTheCoordinatorSendsItAgain() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, TASK_COMPILE_MUNICIPAL_REPORT), withVariables(REPORT_CONCLUSIONS.name(), "Выводы"));
    runAsyncSteps();
    Task review = task(instance, TASK_REVIEW_MUNICIPAL_REPORT);
    assertThat(review).hasCandidateGroup("managers-khm");

    departmentAccepts = false;
    complete(review, withVariables(REVIEW_DECISION.name(), "RETURN", REVIEW_COMMENT.name(), "Добавьте анализ затруднений"));
    assertThat(instance).isWaitingAt(TASK_COMPILE_MUNICIPAL_REPORT);

    complete(task(instance, TASK_COMPILE_MUNICIPAL_REPORT), withVariables(REPORT_CONCLUSIONS.name(), "Выводы с анализом"));

    runAsyncSteps();
    departmentAccepts = true;
    complete(task(instance, TASK_REVIEW_MUNICIPAL_REPORT), withVariables(REVIEW_DECISION.name(), "ACKNOWLEDGE"));

    assertThat(calls).containsSubsequence("send:Выводы", "review:RETURN", "send:Выводы с анализом", "review:ACKNOWLEDGE");
    assertThat(instance).isWaitingAt(TIMER_PROGRAM_ASSESSMENT);
    assertThat(timer(instance, TIMER_PROGRAM_ASSESSMENT).getDuedate())
        .isEqualTo(date(MonitoringStage.PROGRAM_ASSESSMENT_OPEN));
  }

  @Test
  void theSpringStagesRunInMayAndJuneAndCloseTheYear() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, TASK_COMPILE_MUNICIPAL_REPORT), withVariables(REPORT_CONCLUSIONS.name(), "Выводы"));
    runAsyncSteps();
    complete(task(instance, TASK_REVIEW_MUNICIPAL_REPORT), withVariables(REVIEW_DECISION.name(), "ACKNOWLEDGE"));

    fire(timer(instance, TIMER_PROGRAM_ASSESSMENT));
    Task assess = task(instance, TASK_ASSESS_PROGRAMS);
    assertThat(assess).hasCandidateGroup("coordinators-khm");
    assertThat(assess.getDueDate()).isEqualTo(date(MonitoringStage.PROGRAM_ASSESSMENT_DUE));
    complete(assess, withVariables(STAGE_SUMMARY.name(), "Оценка проведена"));

    assertThat(timer(instance, TIMER_JUNE_STAGES).getDuedate()).isEqualTo(date(MonitoringStage.JUNE_STAGES_OPEN));
    fire(timer(instance, TIMER_JUNE_STAGES));
    assertThat(instance).isWaitingAt(TASK_SELF_DIAGNOSTICS, TASK_MONITOR_EFFECTIVENESS);
    assertThat(instance).hasPassed(SERVICE_REQUEST_SELF_DIAGNOSTICS);
    assertThat(task(instance, TASK_MONITOR_EFFECTIVENESS).getDueDate()).isEqualTo(date(MonitoringStage.EFFECTIVENESS_DUE));
    assertThat(task(instance, TASK_SELF_DIAGNOSTICS).getDueDate()).isEqualTo(date(MonitoringStage.DECISIONS_DUE));

    complete(task(instance, TASK_MONITOR_EFFECTIVENESS), withVariables(STAGE_SUMMARY.name(), "Мониторинг проведён"));
    Task decisions = task(instance, TASK_REVIEW_MANAGEMENT_DECISIONS);
    assertThat(decisions).hasCandidateGroup("managers-khm");
    complete(decisions, withVariables(STAGE_SUMMARY.name(), "Решения эффективны"));
    assertThat(instance).isNotEnded();
    complete(task(instance, TASK_SELF_DIAGNOSTICS), withVariables(STAGE_SUMMARY.name(), "Самодиагностика проведена"));

    assertThat(instance).isEnded().hasPassed(SERVICE_CLOSE_YEAR);
    assertThat(calls).containsSubsequence("stage:PROGRAM_ASSESSMENT", "requestReports:SCHOOL_SELF_DIAGNOSTICS",
        "stage:SELF_DIAGNOSTICS", "close");
    assertThat(calls).containsSubsequence("stage:EFFECTIVENESS", "stage:MANAGEMENT_DECISIONS", "close");
  }

  @Test
  void aStageNotDoneByItsDateIsEscalatedWithItsKind() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, TASK_COMPILE_MUNICIPAL_REPORT), withVariables(REPORT_CONCLUSIONS.name(), "Выводы"));
    runAsyncSteps();
    complete(task(instance, TASK_REVIEW_MUNICIPAL_REPORT), withVariables(REVIEW_DECISION.name(), "ACKNOWLEDGE"));
    fire(timer(instance, TIMER_PROGRAM_ASSESSMENT));

    fire(timer(instance, BOUNDARY_PROGRAM_ASSESSMENT_DUE));

    assertThat(calls).last().isEqualTo("escalateStage:PROGRAM_ASSESSMENT@2027-05-31T13:00:00Z");
    assertThat(instance).isWaitingAt(TASK_ASSESS_PROGRAMS);
    complete(task(instance, TASK_ASSESS_PROGRAMS), withVariables(STAGE_SUMMARY.name(), "С опозданием"));
    fire(timer(instance, TIMER_JUNE_STAGES));
    fire(timer(instance, BOUNDARY_EFFECTIVENESS_DUE));
    assertThat(calls).last().isEqualTo("escalateStage:EFFECTIVENESS@2027-06-15T13:00:00Z");
  }

}
