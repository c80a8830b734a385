package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;

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
    Long roadmapId = FormValues.id(execution.getVariable(RoadmapImportProcessVariables.ROADMAP_ID));
    ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(RoadmapProcessVariables.MESSAGE_ROADMAP_CONFIRMED)
            .processInstanceBusinessKey(String.valueOf(roadmapId))
            .setVariable(RoadmapProcessVariables.ROADMAP_ID, roadmapId)
            .setVariable(RoadmapProcessVariables.ORGANIZATION_CODE,
                execution.getVariable(RoadmapImportProcessVariables.ORGANIZATION_CODE))
            .correlateStartMessage());
    service.attachRoadmapProcess(roadmapId, instance.getId());
  }
}
