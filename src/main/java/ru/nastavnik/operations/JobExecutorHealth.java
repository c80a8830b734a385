package ru.nastavnik.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code jobExecutor}: the engine's job executor runs timers (deadlines, reminders,
 * escalations) and asynchronous steps. DOWN when it should run on this node and does not; a node
 * configured without it ({@code camunda.bpm.job-execution.enabled=false}) is UP and says so.
 * Replaces Camunda's own indicator, which reports such a node DOWN.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngine engine;
  private final boolean expected;

  JobExecutorHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean expected) {
    this.engine = engine;
    this.expected = expected;
  }

  @Override
  public Health health() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean active = executor != null && executor.isActive();
    if (!expected) {
      return Health.up().withDetail("message", "Исполнитель заданий на этом узле отключён настройкой: задания выполняют другие узлы")
          .withDetail("active", active).build();
    }
    if (!active) {
      return Health.down().withDetail("message", "Исполнитель заданий остановлен: сроки, напоминания, эскалации и асинхронные шаги"
          + " процессов не выполняются").withDetail("active", false).build();
    }
    return Health.up().withDetail("message", "Исполнитель заданий работает").withDetail("active", true)
        .withDetail("lockOwner", executor.getLockOwner()).build();
  }
}
