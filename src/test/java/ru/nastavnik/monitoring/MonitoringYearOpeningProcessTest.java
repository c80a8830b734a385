package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;

/** The yearly timer that opens the monitoring years on 1 September, and nothing else. */
@Deployment(resources = "processes/MonitoringYearOpeningProcess.bpmn")
class MonitoringYearOpeningProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-15T00:00:00Z")));
    Mocks.register("openMonitoringYearsDelegate", (JavaDelegate) execution -> calls.add("openYears"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void everyFirstSeptemberTheTimerOpensTheMonitoringYearsAndWaitsForTheNext() {
    Job yearly = yearlyTimer();
    assertThat(local(yearly)).isEqualTo(LocalDateTime.of(2026, 9, 1, 3, 0));
    assertThat(calls).isEmpty();

    ClockUtil.setCurrentTime(yearly.getDuedate());
    execute(yearly);

    assertThat(calls).containsExactly("openYears");
    assertThat(historyService().createHistoricActivityInstanceQuery()
        .activityId(MonitoringYearOpeningProcess.END_YEARS_OPENED).finished().count()).isEqualTo(1);
    assertThat(local(yearlyTimer())).isEqualTo(LocalDateTime.of(2027, 9, 1, 3, 0));
  }

  @Test
  void aFailedOpeningStaysOnItsJobToBeRetriedAndNextYearsTimerStands() {
    Mocks.register("openMonitoringYearsDelegate", (JavaDelegate) execution -> {
      calls.add("attempt");
      throw new IllegalStateException("база недоступна");
    });
    Job yearly = yearlyTimer();
    ClockUtil.setCurrentTime(yearly.getDuedate());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(yearly.getId()))
        .hasMessageContaining("база недоступна");

    assertThat(calls).containsExactly("attempt");
    assertThat(historyService().createHistoricActivityInstanceQuery()
        .activityId(MonitoringYearOpeningProcess.END_YEARS_OPENED).count()).isZero();
    List<Job> jobs = managementService().createJobQuery().activityId(MonitoringYearOpeningProcess.START_ACADEMIC_YEAR_BEGINS).list();
    Job failed = jobs.stream().filter(job -> job.getId().equals(yearly.getId())).findFirst().orElseThrow();
    assertThat(failed.getRetries()).as("R5/PT5M: five attempts after the first").isEqualTo(4);
    assertThat(failed.getDuedate()).as("the next attempt in five minutes")
        .isEqualTo(new Date(yearly.getDuedate().getTime() + 5 * 60_000));
    assertThat(failed.getExceptionMessage()).isEqualTo("база недоступна");
    assertThat(jobs).as("next year's timer stands although this year's opening failed")
        .filteredOn(job -> !job.getId().equals(yearly.getId())).singleElement()
        .satisfies(next -> assertThat(local(next)).isEqualTo(LocalDateTime.of(2027, 9, 1, 3, 0)));
  }

  private static Job yearlyTimer() {
    return managementService().createJobQuery().activityId(MonitoringYearOpeningProcess.START_ACADEMIC_YEAR_BEGINS)
        .singleResult();
  }

  private static LocalDateTime local(Job job) {
    return job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
  }
}
