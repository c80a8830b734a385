package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
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
    Long roadmapId = RoadmapProcess.ROADMAP_ID.get(execution);
    service.close(roadmapId, EngineClock.now());
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(RoadmapItemProcess.MESSAGE_ROADMAP_CLOSED)
            .processInstanceVariableEquals(RoadmapItemProcess.ROADMAP_ID.name(), roadmapId)
            .correlateAllWithResult());
  }
}
