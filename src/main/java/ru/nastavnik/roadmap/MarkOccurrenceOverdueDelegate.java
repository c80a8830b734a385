package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** The deadline passed with the task open: the occurrence is overdue. */
@Component
class MarkOccurrenceOverdueDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;

  MarkOccurrenceOverdueDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.markOverdue(RoadmapItemProcess.OCCURRENCE_ID.get(execution), EngineClock.now());
  }
}
