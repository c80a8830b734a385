package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.OCCURRENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** Records an occurrence done by the fact the system recorded (counted again at this moment). */
@Component
class RecordItemFactDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;
  private final RoadmapFacts facts;

  RecordItemFactDelegate(RoadmapExecutionService service, RoadmapFacts facts) {
    this.service = service;
    this.facts = facts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long occurrenceId = OCCURRENCE_ID.get(execution);
    service.completeByFact(occurrenceId, facts.presence(occurrenceId, EngineClock.now()), EngineClock.now());
  }
}
