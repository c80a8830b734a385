package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static ru.nastavnik.roadmap.RoadmapProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * RoadmapProcess on the in-memory engine: occurrences are started when they become relevant, the
 * process sleeps until the next one does, and closes the roadmap when the period is over.
 */
@Deployment(resources = "processes/RoadmapProcess.bpmn")
class RoadmapProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final ZoneOffset KHM = ZoneOffset.ofHours(5);
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 23, 15, 0, 0, 0, KHM);
  private static final OffsetDateTime NEXT = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, KHM);
  private static final OffsetDateTime PERIOD_END = OffsetDateTime.of(2028, 12, 31, 23, 59, 59, 999_999_999, KHM);

  private final List<String> calls = new ArrayList<>();
  /** What each activation finds next: a time, or null when every occurrence has started. */
  private final Deque<OffsetDateTime> nextActivations = new ArrayDeque<>();

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    Mocks.register("activateOccurrencesDelegate", (JavaDelegate) execution -> {
      calls.add("activate");
      OffsetDateTime next = nextActivations.poll();
      execution.setVariable(PENDING_OCCURRENCES.name(), next != null);
      if (next != null) {
        execution.setVariable(NEXT_ACTIVATION_AT.name(), Date.from(next.toInstant()));
      } else {
        execution.setVariable(PERIOD_END_AT.name(), Date.from(PERIOD_END.toInstant()));
      }
    });
    Mocks.register("closeRoadmapDelegate", (JavaDelegate) execution -> calls.add("close:" + execution.getVariable(ROADMAP_ID.name())));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance confirmRoadmap() {
    return runtimeService().createMessageCorrelation(MESSAGE_ROADMAP_CONFIRMED).processInstanceBusinessKey("3")
        .setVariable(ROADMAP_ID.name(), 3L).setVariable(ORGANIZATION_CODE.name(), "khm-cro").correlateStartMessage();
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
  }

  @Test
  void theRelevantOccurrencesStartInTheBackgroundAfterTheConfirmation() {
    ProcessInstance instance = confirmRoadmap();

    assertThat(instance).isWaitingAt("ServiceTask_ActivateOccurrences");
    assertThat(calls).isEmpty();
    nextActivations.add(NEXT);
    execute(job(instance));

    assertThat(instance).isWaitingAt("TimerEvent_NextActivation");
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(NEXT.toInstant()));
  }

  @Test
  void theProcessWakesUpForEachNextRelevantDateAndClosesTheRoadmapWhenThePeriodIsOver() {
    ProcessInstance instance = confirmRoadmap();
    nextActivations.add(NEXT);
    execute(job(instance));

    fire(job(instance));
    execute(job(instance));

    assertThat(instance).isWaitingAt("TimerEvent_PeriodEnd");
    Job periodEnd = job(instance);
    assertThat(periodEnd.getDuedate()).isEqualTo(Date.from(PERIOD_END.toInstant()));
    fire(periodEnd);

    assertThat(instance).isEnded().hasPassed("ServiceTask_CloseRoadmap", "EndEvent_RoadmapClosed");
    assertThat(calls).containsExactly("activate", "activate", "close:3");
  }
}
