package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
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
    service.complete(OCCURRENCE_ID.get(execution), new RoadmapExecutionService.ResultDraft(
        DOCUMENT_KIND.get(execution), DOCUMENT_NUMBER.get(execution), DOCUMENT_DATE.get(execution),
        DOCUMENT_LINK.get(execution), INDICATOR_VALUE.get(execution), COMMENT.get(execution)),
        users.currentUserId("исполнитель"), EngineClock.now());
    execution.removeVariables(RESULT_FIELDS);
  }
}
