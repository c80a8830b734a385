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
  private final RoadmapTaskTexts texts;
  private final EngineUsers users;

  RecordItemResultDelegate(RoadmapExecutionService service, RoadmapTaskTexts texts, EngineUsers users) {
    this.service = service;
    this.texts = texts;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long occurrenceId = OCCURRENCE_ID.get(execution);
    service.complete(occurrenceId, RoadmapForms.result(execution, texts.asksValue(occurrenceId)),
        users.currentUserId("исполнитель"), EngineClock.now());
    execution.removeVariables(RESULT_FIELDS);
  }
}
