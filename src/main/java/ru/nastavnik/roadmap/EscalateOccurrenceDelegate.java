package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** The responsible's director (for a municipal body, the department) is told by e-mail; weekly while overdue. */
@Component
class EscalateOccurrenceDelegate implements JavaDelegate {

  private final RoadmapNotices service;

  EscalateOccurrenceDelegate(RoadmapNotices service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalate(RoadmapItemProcess.OCCURRENCE_ID.get(execution), EngineClock.now());
  }
}
