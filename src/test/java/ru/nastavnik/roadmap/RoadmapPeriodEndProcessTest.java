package ru.nastavnik.roadmap;

import static ru.nastavnik.AsyncSteps.runAsyncSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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
import org.mockito.Mockito;
import ru.nastavnik.ProcessTestEngine;

/**
 * A roadmap whose period ends with an item still overdue: the close (the real
 * {@link CloseRoadmapDelegate}) ends the item's process, so that its weekly escalation stops; the
 * clock moves past the period end and weeks beyond without another escalation. Items of other
 * roadmaps go on.
 */
@Deployment(resources = {"processes/RoadmapProcess.bpmn", "processes/RoadmapItemProcess.bpmn",
    "forms/RoadmapItemResultForm.form", "forms/RoadmapSetDateForm.form", "forms/RoadmapOverdueForm.form"})
class RoadmapPeriodEndProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final ZoneOffset KHM = ZoneOffset.ofHours(5);
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 23, 15, 0, 0, 0, KHM);
  private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 12, 15, 23, 59, 59, 999_000_000, KHM);
  /** The period of roadmap 3 ends on Monday 28.12.2026. */
  private static final OffsetDateTime PERIOD_END = OffsetDateTime.of(2026, 12, 28, 23, 59, 59, 999_000_000, KHM);

  private final List<String> calls = new ArrayList<>();
  private final RoadmapExecutionService service = Mockito.mock(RoadmapExecutionService.class);

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    Mocks.register("activateOccurrencesDelegate", (JavaDelegate) execution -> {
      calls.add("activate");
      execution.setVariable(RoadmapProcess.PENDING_OCCURRENCES.name(), false);
      execution.setVariable(RoadmapProcess.PERIOD_END_AT.name(), Date.from(PERIOD_END.toInstant()));
    });
    Mocks.register("closeRoadmapDelegate", new CloseRoadmapDelegate(service));
    Mocks.register("roadmapItemTaskListener", (TaskListener) task -> { });
    Mocks.register("remindResponsibleDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("markOccurrenceOverdueDelegate", (JavaDelegate) execution -> calls.add("overdue"));
    Mocks.register("escalateOccurrenceDelegate", (JavaDelegate) execution ->
        calls.add("escalate:" + execution.getVariable(RoadmapItemProcess.ROADMAP_ID.name())));
    Mocks.register("recordOverdueMeasuresDelegate", (JavaDelegate) execution -> calls.add("measures"));
    Mocks.register("recordItemResultDelegate", (JavaDelegate) execution -> calls.add("result"));
    Mocks.register("scheduleOccurrenceDelegate", (JavaDelegate) execution -> calls.add("schedule"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }

  private ProcessInstance occurrence(long occurrenceId, long roadmapId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RoadmapItemProcess.OCCURRENCE_ID.name(), occurrenceId);
    variables.put(RoadmapItemProcess.ROADMAP_ID.name(), roadmapId);
    variables.put(RoadmapItemProcess.ORGANIZATION_CODE.name(), "khm-sch1");
    variables.put(RoadmapItemProcess.RESPONSIBLE_GROUP.name(), "curators-khm-sch1");
    variables.put(RoadmapItemProcess.ESCALATION_GROUP.name(), "directors-khm-sch1");
    variables.put(RoadmapItemProcess.DATE_KNOWN.name(), true);
    variables.put(RoadmapItemProcess.DUE_AT.name(), date(DUE));
    variables.put(RoadmapItemProcess.FIRST_REMINDER_AT.name(), date(DUE.minusDays(7).withHour(9)));
    variables.put(RoadmapItemProcess.LAST_REMINDER_AT.name(), date(DUE.minusDays(1).withHour(9)));
    variables.put(RoadmapItemProcess.RELEVANT_AT.name(), date(START));
    return runtimeService().startProcessInstanceByKey(RoadmapItemProcess.ID, String.valueOf(occurrenceId),
        variables);
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private static void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
    runAsyncSteps();
  }

  /** Fires every job of the instance that is due at {@code now}; how many fired. */
  private static int fireDue(ProcessInstance instance, OffsetDateTime now) {
    ClockUtil.setCurrentTime(date(now));
    List<Job> due = managementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
    due.forEach(job -> execute(job));
    runAsyncSteps();
    return due.size();
  }

  @Test
  void theCloseEndsTheOverdueItemsOfTheRoadmapAndTheirWeeklyEscalationStops() {
    ProcessInstance roadmap = runtimeService().createMessageCorrelation(RoadmapProcess.MESSAGE_ROADMAP_CONFIRMED)
        .processInstanceBusinessKey("3").setVariable(RoadmapProcess.ROADMAP_ID.name(), 3L)
        .setVariable(RoadmapProcess.ORGANIZATION_CODE.name(), "khm-cro").correlateStartMessage();
    execute(job(roadmap));
    assertThat(roadmap).isWaitingAt("TimerEvent_PeriodEnd");
    ProcessInstance overdue = occurrence(5L, 3L);
    ProcessInstance otherRoadmap = occurrence(6L, 4L);

    // The deadline passes: overdue, escalated, and again a week later.
    fire(timer(overdue, "BoundaryEvent_DeadlinePassed"));
    fire(timer(overdue, "BoundaryEvent_EscalationRepeats"));
    assertThat(calls).containsSubsequence("overdue", "escalate:3", "escalate:3");
    assertThat(timer(overdue, "BoundaryEvent_EscalationRepeats").getDuedate()).isEqualTo(date(DUE.plusDays(14)));

    // The period ends (28.12) before the third escalation (29.12): the roadmap closes and its item ends.
    Job periodEnd = job(roadmap);
    assertThat(periodEnd.getDuedate()).isEqualTo(date(PERIOD_END));
    fire(periodEnd);

    assertThat(roadmap).isEnded().hasPassed("ServiceTask_CloseRoadmap", "EndEvent_RoadmapClosed");
    Mockito.verify(service).close(Mockito.eq(3L), Mockito.eq(PERIOD_END.toInstant()));
    assertThat(overdue).isEnded().hasPassed("EndEvent_OccurrenceClosed").hasNotPassed("EndEvent_ItemDone");
    assertThat(taskQuery().processInstanceId(overdue.getId()).count()).as("no task of a closed roadmap").isZero();
    assertThat(managementService().createJobQuery().processInstanceId(overdue.getId()).count()).isZero();
    long escalations = calls.stream().filter("escalate:3"::equals).count();

    // Weeks after the period end nothing of roadmap 3 fires; roadmap 4's item goes on.
    assertThat(fireDue(overdue, PERIOD_END.plusDays(7))).isZero();
    assertThat(fireDue(overdue, PERIOD_END.plusDays(21))).isZero();
    assertThat(calls.stream().filter("escalate:3"::equals).count()).isEqualTo(escalations);
    assertThat(fireDue(otherRoadmap, PERIOD_END.plusDays(7))).isPositive();
    assertThat(otherRoadmap).isWaitingAt("UserTask_CompleteItem", "UserTask_ControlOverdue");
    assertThat(calls).contains("escalate:4");
    assertThat(managementService().createJobQuery().withException().count()).as("no incident").isZero();
  }
}
