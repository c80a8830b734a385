package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.AWAITING_DATE;
import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.OCCURRENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * The one above the responsible hears that an on-demand item still has no date; weekly while it
 * has none ({@code awaitingDate} routes the loop).
 */
@Component
class EscalateUnscheduledDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;

  EscalateUnscheduledDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(AWAITING_DATE,
        service.escalateUnscheduled(FormValues.id(execution.getVariable(OCCURRENCE_ID)), EngineClock.now()));
  }
}
