package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Records the result (document, value); after the deadline it is recorded as late. */
@Component
class RecordItemResultDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;
  private final EngineUsers users;

  RecordItemResultDelegate(RoadmapExecutionService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.complete(FormValues.id(execution.getVariable(OCCURRENCE_ID)), new RoadmapExecutionService.ResultDraft(
        execution.getVariable(DOCUMENT_KIND), execution.getVariable(DOCUMENT_NUMBER), execution.getVariable(DOCUMENT_DATE),
        execution.getVariable(DOCUMENT_LINK), execution.getVariable(INDICATOR_VALUE), execution.getVariable(COMMENT)),
        users.currentUserId("исполнитель"), EngineClock.now());
    execution.removeVariables(RESULT_FIELDS);
  }
}
