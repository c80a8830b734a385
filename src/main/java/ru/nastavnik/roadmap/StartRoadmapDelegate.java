package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;

/**
 * The roadmap is stored: its execution starts. The reviewer need not be allowed to start
 * {@code RoadmapProcess}; the system does it for them.
 */
@Component
class StartRoadmapDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;

  StartRoadmapDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long roadmapId = RoadmapImportProcess.ROADMAP_ID.get(execution);
    ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(RoadmapProcess.MESSAGE_ROADMAP_CONFIRMED)
            .processInstanceBusinessKey(String.valueOf(roadmapId))
            .setVariable(RoadmapProcess.ROADMAP_ID.name(), roadmapId)
            .setVariable(RoadmapProcess.ORGANIZATION_CODE.name(),
                execution.getVariable(RoadmapImportProcess.ORGANIZATION_CODE.name()))
            .correlateStartMessage());
    service.attachRoadmapProcess(roadmapId, instance.getId());
  }
}
