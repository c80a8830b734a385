package ru.nastavnik.monitoring;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.monitoring.OrganizationReportProcess.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;

/**
 * Walks OrganizationReportProcess on the in-memory engine: the curator's report task with the
 * decree's deadline (15 December, 18:00 in Khanty-Mansiysk), the reminder three days before,
 * the escalation of a missing report and its weekly repeat, the late report that ends it all.
 */
@Deployment(resources = {"processes/OrganizationReportProcess.bpmn", "forms/OrganizationReportForm.form"})
class OrganizationReportProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final Map<MonitoringStage, Instant> YEAR = MonitoringCalendar.defaults(2026, KHM);
  private static final Instant DUE = YEAR.get(MonitoringStage.ORG_REPORTS_DUE);
  private static final Instant REMINDER = MonitoringCalendar.reminder(DUE, MonitoringService.REMINDER_DAYS, KHM,
      YEAR.get(MonitoringStage.ORG_REPORTS_OPEN));

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(YEAR.get(MonitoringStage.ORG_REPORTS_OPEN)));
    Mocks.register("monitoringTaskListener", (TaskListener) task -> task.setVariableLocal("reportText", "Показатели школы"));
    Mocks.register("remindOrganizationReportDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("escalateMissingReportDelegate", (JavaDelegate) execution ->
        calls.add("escalate@" + ClockUtil.getCurrentTime().toInstant()));
    Mocks.register("recordOrganizationReportDelegate", (JavaDelegate) execution ->
        calls.add("record:" + REPORT_COMMENTS.get(execution)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ID, "7", Map.of(REPORT_ID.name(), 7L, ORGANIZATION_CODE.name(), "khm-sch1",
        DUE_AT.name(), Date.from(DUE), REMINDER_AT.name(), Date.from(REMINDER)));
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
    runAsyncSteps();
  }

  @Test
  void theCuratorsGetTheReportTaskDueOnFifteenthDecemberEveningLocalTime() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(TASK_FILE_REPORT);
    assertThat(task(instance)).hasCandidateGroup("curators-khm-sch1");
    assertThat(DUE).isEqualTo(Instant.parse("2026-12-15T13:00:00Z"));
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(DUE));
    // Three days before is Saturday 12.12.2026: the reminder comes on Friday 11.12 at 9:00 local time.
    assertThat(timer(instance, BOUNDARY_REMINDER_DUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-11T04:00:00Z")));
    assertThat(timer(instance, BOUNDARY_DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(DUE));
  }

  @Test
  void aReportFiledInTimeEndsTheProcessWithoutReminders() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(REPORT_COMMENTS.name(), "Наставничество идёт по плану"));

    assertThat(instance).hasPassed(SERVICE_RECORD_REPORT).isEnded();
    assertThat(calls).containsExactly("record:Наставничество идёт по плану");
    assertThat(managementService().createJobQuery().count()).isZero();
  }

  @Test
  void threeDaysBeforeTheDeadlineTheCuratorsAreRemindedAndTheTaskStays() {
    ProcessInstance instance = start();
    // Three days before 15.12.2026 18:00 is Saturday 12.12: the reminder comes on Friday 11.12 at 9:00 local time.
    assertThat(timer(instance, BOUNDARY_REMINDER_DUE).getDuedate())
        .isEqualTo(Date.from(OffsetDateTime.of(2026, 12, 11, 9, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant()));
    assertThat(task(instance).getFollowUpDate()).isEqualTo(timer(instance, BOUNDARY_REMINDER_DUE).getDuedate());

    fire(timer(instance, BOUNDARY_REMINDER_DUE));

    assertThat(calls).containsExactly("remind");
    assertThat(instance).isWaitingAt(TASK_FILE_REPORT);
  }

  @Test
  void aMissingReportIsEscalatedAtTheDeadlineAndEveryWeekUntilTheCuratorFilesIt() {
    ProcessInstance instance = start();

    fire(timer(instance, BOUNDARY_DEADLINE_PASSED));
    Job weekLater = timer(instance, TIMER_WEEK_LATER);
    // A week after Tuesday 15.12.2026: the end of Tuesday 22.12 (a non-working day would move it to the next working one).
    Instant nextWeek = OffsetDateTime.of(2026, 12, 22, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(5)).toInstant();
    assertThat(weekLater.getDuedate()).isEqualTo(Date.from(nextWeek));
    fire(weekLater);
    assertThat(calls).containsExactly("escalate@" + DUE, "escalate@" + nextWeek);
    assertThat(instance).isWaitingAt(TASK_FILE_REPORT, TIMER_WEEK_LATER);

    complete(task(instance), withVariables(REPORT_COMMENTS.name(), "С опозданием"));

    assertThat(instance).isEnded();
    assertThat(calls).last().isEqualTo("record:С опозданием");
    assertThat(managementService().createJobQuery().count()).isZero();
  }
}
