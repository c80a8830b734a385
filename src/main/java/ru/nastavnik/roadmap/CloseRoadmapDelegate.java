package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * The roadmap's period is over: it is closed, the department gets the figures with what is left
 * undone, and every occurrence still running ends (message {@code RoadmapClosed}): no task, reminder
 * or weekly escalation of the roadmap outlives its period.
 */
@Component
class CloseRoadmapDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;

  CloseRoadmapDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long roadmapId = FormValues.id(execution.getVariable(RoadmapProcessVariables.ROADMAP_ID));
    service.close(roadmapId, EngineClock.now());
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(RoadmapItemProcessVariables.MESSAGE_ROADMAP_CLOSED)
            .processInstanceVariableEquals(RoadmapItemProcessVariables.ROADMAP_ID, roadmapId)
            .correlateAllWithResult());
  }
}
