package ru.nastavnik.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** On 1 September: the new monitoring year of every municipality. */
@Component
class OpenMonitoringYearsDelegate implements JavaDelegate {

  private final MonitoringYears years;

  OpenMonitoringYearsDelegate(MonitoringYears years) {
    this.years = years;
  }

  @Override
  public void execute(DelegateExecution execution) {
    years.openMissing(execution.getProcessEngineServices().getRuntimeService(),
        execution.getProcessEngineServices().getIdentityService(), EngineClock.now());
  }
}
