package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** The roadmap's period is over: it is closed and the department gets the figures. */
@Component
class CloseRoadmapDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;

  CloseRoadmapDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.close(FormValues.id(execution.getVariable(RoadmapProcessVariables.ROADMAP_ID)),
        ClockUtil.getCurrentTime().toInstant());
  }
}
