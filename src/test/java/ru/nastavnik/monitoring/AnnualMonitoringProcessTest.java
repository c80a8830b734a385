package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.monitoring.AnnualMonitoringProcessVariables.*;

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
    Mocks.register("monitoringTaskListener", (TaskListener) task -> task.setVariableLocal(REPORT_TEXT, "Показатели"));
    Mocks.register("planMonitoringYearDelegate", (JavaDelegate) execution -> {
      calls.add("plan");
      execution.setVariable(ORGANIZATION_CODE, "khm-cro");
      execution.setVariable(ORG_REPORTS_OPEN_AT, date(MonitoringStage.ORG_REPORTS_OPEN));
      execution.setVariable(ORG_REPORTS_DUE_AT, date(MonitoringStage.ORG_REPORTS_DUE));
      execution.setVariable(ANALYTIC_REPORT_DUE_AT, date(MonitoringStage.ANALYTIC_REPORT_DUE));
      execution.setVariable(ASSESSMENT_OPEN_AT, date(MonitoringStage.PROGRAM_ASSESSMENT_OPEN));
      execution.setVariable(ASSESSMENT_DUE_AT, date(MonitoringStage.PROGRAM_ASSESSMENT_DUE));
      execution.setVariable(JUNE_STAGES_OPEN_AT, date(MonitoringStage.JUNE_STAGES_OPEN));
      execution.setVariable(EFFECTIVENESS_DUE_AT, date(MonitoringStage.EFFECTIVENESS_DUE));
      execution.setVariable(DECISIONS_DUE_AT, date(MonitoringStage.DECISIONS_DUE));
    });
    Mocks.register("requestOrganizationReportsDelegate", (JavaDelegate) execution -> calls.add(
        execution.getVariableLocal(STAGE_KIND) == null ? "requestReports@" + now() : "requestReports:" + execution.getVariableLocal(STAGE_KIND)));
    Mocks.register("prepareMunicipalReportDelegate", (JavaDelegate) execution -> {
      calls.add("prepare@" + now());
      execution.setVariable(MUNICIPAL_REPORT_ID, 40L);
    });
    Mocks.register("escalateMunicipalReportDelegate", (JavaDelegate) execution -> calls.add("escalateReport@" + now()));
    Mocks.register("sendMunicipalReportDelegate", (JavaDelegate) execution ->
        calls.add("send:" + execution.getVariable(REPORT_CONCLUSIONS)));
    Mocks.register("recordReportReviewDelegate", (JavaDelegate) execution -> {
      calls.add("review:" + execution.getVariable(REVIEW_DECISION));
      execution.setVariable(REPORT_ACCEPTED, departmentAccepts);
    });
    Mocks.register("recordMonitoringStageDelegate", (JavaDelegate) execution ->
        calls.add("stage:" + execution.getVariable(STAGE_KIND)));
    Mocks.register("escalateMonitoringStageDelegate", (JavaDelegate) execution ->
        calls.add("escalateStage:" + execution.getVariable(STAGE_KIND) + "@" + now()));
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
        .setVariable(CAMPAIGN_ID, 3L).setVariable(MUNICIPALITY_CODE, "khm").correlateStartMessage();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
  }

  private Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** From the opened year up to the coordinator's task of 15 December. */
  private ProcessInstance upToTheAnalyticReport() {
    ProcessInstance instance = openYear();
    fire(timer(instance, "TimerEvent_OrgReportsOpen"));
    fire(timer(instance, "TimerEvent_OrgReportsDue"));
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

    assertThat(instance).isWaitingAt("TimerEvent_OrgReportsOpen");
    assertThat(timer(instance, "TimerEvent_OrgReportsOpen").getDuedate()).isEqualTo(date(MonitoringStage.ORG_REPORTS_OPEN));
    fire(timer(instance, "TimerEvent_OrgReportsOpen"));
    assertThat(timer(instance, "TimerEvent_OrgReportsDue").getDuedate()).isEqualTo(date(MonitoringStage.ORG_REPORTS_DUE));
    fire(timer(instance, "TimerEvent_OrgReportsDue"));

    assertThat(calls).containsExactly("plan", "requestReports@2026-12-01T04:00:00Z", "prepare@2026-12-15T13:00:00Z");
    Task compile = task(instance, "UserTask_CompileMunicipalReport");
    assertThat(compile).hasCandidateGroup("coordinators-khm");
    assertThat(compile.getDueDate()).isEqualTo(date(MonitoringStage.ANALYTIC_REPORT_DUE));
  }

  @Test
  void anAnalyticReportNotSentByTwentyFifthDecemberIsEscalatedAndStaysWithTheCoordinator() {
    ProcessInstance instance = upToTheAnalyticReport();

    fire(timer(instance, "BoundaryEvent_AnalyticReportDue"));

    assertThat(calls).last().isEqualTo("escalateReport@2026-12-25T13:00:00Z");
    assertThat(instance).isWaitingAt("UserTask_CompileMunicipalReport");
  }

  @Test
  void theDepartmentReturnsTheReportAndTheCoordinatorSendsItAgain() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, "UserTask_CompileMunicipalReport"), withVariables(REPORT_CONCLUSIONS, "Выводы"));
    Task review = task(instance, "UserTask_ReviewMunicipalReport");
    assertThat(review).hasCandidateGroup("managers-khm");

    departmentAccepts = false;
    complete(review, withVariables(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "Добавьте анализ затруднений"));
    assertThat(instance).isWaitingAt("UserTask_CompileMunicipalReport");

    complete(task(instance, "UserTask_CompileMunicipalReport"), withVariables(REPORT_CONCLUSIONS, "Выводы с анализом"));
    departmentAccepts = true;
    complete(task(instance, "UserTask_ReviewMunicipalReport"), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    assertThat(calls).containsSubsequence("send:Выводы", "review:RETURN", "send:Выводы с анализом", "review:ACKNOWLEDGE");
    assertThat(instance).isWaitingAt("TimerEvent_ProgramAssessment");
    assertThat(timer(instance, "TimerEvent_ProgramAssessment").getDuedate())
        .isEqualTo(date(MonitoringStage.PROGRAM_ASSESSMENT_OPEN));
  }

  @Test
  void theSpringStagesRunInMayAndJuneAndCloseTheYear() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, "UserTask_CompileMunicipalReport"), withVariables(REPORT_CONCLUSIONS, "Выводы"));
    complete(task(instance, "UserTask_ReviewMunicipalReport"), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    fire(timer(instance, "TimerEvent_ProgramAssessment"));
    Task assess = task(instance, "UserTask_AssessPrograms");
    assertThat(assess).hasCandidateGroup("coordinators-khm");
    assertThat(assess.getDueDate()).isEqualTo(date(MonitoringStage.PROGRAM_ASSESSMENT_DUE));
    complete(assess, withVariables(STAGE_SUMMARY, "Оценка проведена"));

    assertThat(timer(instance, "TimerEvent_JuneStages").getDuedate()).isEqualTo(date(MonitoringStage.JUNE_STAGES_OPEN));
    fire(timer(instance, "TimerEvent_JuneStages"));
    assertThat(instance).isWaitingAt("UserTask_SelfDiagnostics", "UserTask_MonitorEffectiveness");
    assertThat(instance).hasPassed("ServiceTask_RequestSelfDiagnostics");
    assertThat(task(instance, "UserTask_MonitorEffectiveness").getDueDate()).isEqualTo(date(MonitoringStage.EFFECTIVENESS_DUE));
    assertThat(task(instance, "UserTask_SelfDiagnostics").getDueDate()).isEqualTo(date(MonitoringStage.DECISIONS_DUE));

    complete(task(instance, "UserTask_MonitorEffectiveness"), withVariables(STAGE_SUMMARY, "Мониторинг проведён"));
    Task decisions = task(instance, "UserTask_ReviewManagementDecisions");
    assertThat(decisions).hasCandidateGroup("managers-khm");
    complete(decisions, withVariables(STAGE_SUMMARY, "Решения эффективны"));
    assertThat(instance).isNotEnded();
    complete(task(instance, "UserTask_SelfDiagnostics"), withVariables(STAGE_SUMMARY, "Самодиагностика проведена"));

    assertThat(instance).isEnded().hasPassed("ServiceTask_CloseMonitoringYear");
    assertThat(calls).containsSubsequence("stage:PROGRAM_ASSESSMENT", "requestReports:SCHOOL_SELF_DIAGNOSTICS",
        "stage:SELF_DIAGNOSTICS", "close");
    assertThat(calls).containsSubsequence("stage:EFFECTIVENESS", "stage:MANAGEMENT_DECISIONS", "close");
  }

  @Test
  void aStageNotDoneByItsDateIsEscalatedWithItsKind() {
    ProcessInstance instance = upToTheAnalyticReport();
    complete(task(instance, "UserTask_CompileMunicipalReport"), withVariables(REPORT_CONCLUSIONS, "Выводы"));
    complete(task(instance, "UserTask_ReviewMunicipalReport"), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));
    fire(timer(instance, "TimerEvent_ProgramAssessment"));

    fire(timer(instance, "BoundaryEvent_ProgramAssessmentDue"));

    assertThat(calls).last().isEqualTo("escalateStage:PROGRAM_ASSESSMENT@2027-05-31T13:00:00Z");
    assertThat(instance).isWaitingAt("UserTask_AssessPrograms");
    complete(task(instance, "UserTask_AssessPrograms"), withVariables(STAGE_SUMMARY, "С опозданием"));
    fire(timer(instance, "TimerEvent_JuneStages"));
    fire(timer(instance, "BoundaryEvent_EffectivenessDue"));
    assertThat(calls).last().isEqualTo("escalateStage:EFFECTIVENESS@2027-06-15T13:00:00Z");
  }

}
