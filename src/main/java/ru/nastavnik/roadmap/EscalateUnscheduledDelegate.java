package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * The one above the responsible hears that an on-demand item still has no date; weekly while it
 * has none ({@code awaitingDate} routes the loop).
 */
@Component
class EscalateUnscheduledDelegate implements JavaDelegate {

  private final RoadmapNotices service;

  EscalateUnscheduledDelegate(RoadmapNotices service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoadmapItemProcess.AWAITING_DATE.set(execution,
        service.escalateUnscheduled(RoadmapItemProcess.OCCURRENCE_ID.get(execution), EngineClock.now()));
  }
}
