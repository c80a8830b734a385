package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.OCCURRENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
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
    service.markOverdue(FormValues.id(execution.getVariable(OCCURRENCE_ID)), EngineClock.now());
  }
}
