package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;

/** Keeps what the director did about the overdue item. */
@Component
class RecordOverdueMeasuresDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;
  private final EngineUsers users;

  RecordOverdueMeasuresDelegate(RoadmapExecutionService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordMeasures(FormValues.id(execution.getVariable(OCCURRENCE_ID)), execution.getVariable(MEASURES),
        users.currentUserId("руководитель"));
    execution.removeVariable(MEASURES);
  }
}
