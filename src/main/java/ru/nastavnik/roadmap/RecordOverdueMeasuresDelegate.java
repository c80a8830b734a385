package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;

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
    service.recordMeasures(OCCURRENCE_ID.get(execution), RoadmapForms.measures(execution),
        users.currentUserId("руководитель"));
    MEASURES.remove(execution);
  }
}
