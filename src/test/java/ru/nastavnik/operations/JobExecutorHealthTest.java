package ru.nastavnik.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's health: DOWN only when it should run on this node and does not. */
class JobExecutorHealthTest {

  private static ProcessEngine engineWithExecutor(boolean active) {
    JobExecutor executor = mock(JobExecutor.class);
    when(executor.isActive()).thenReturn(active);
    when(executor.getLockOwner()).thenReturn("node-1");
    ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
    when(configuration.getJobExecutor()).thenReturn(executor);
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
    return engine;
  }

  @Test
  void aStoppedExecutorThatShouldRunIsDownWithARussianReason() {
    Health health = new JobExecutorHealth(engineWithExecutor(false), true).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("message").toString()).startsWith("Исполнитель заданий остановлен");
  }

  @Test
  void aRunningExecutorIsUp() {
    Health health = new JobExecutorHealth(engineWithExecutor(true), true).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("lockOwner", "node-1");
  }

  @Test
  void aNodeWithoutExecutorByConfigurationIsUpAndSaysSo() {
    Health health = new JobExecutorHealth(engineWithExecutor(false), false).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("message").toString()).contains("отключён настройкой");
  }
}
