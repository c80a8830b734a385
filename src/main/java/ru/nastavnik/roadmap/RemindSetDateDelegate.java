package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** The responsible of an on-demand item is reminded to set its date after 14 days without one. */
@Component
class RemindSetDateDelegate implements JavaDelegate {

  private final RoadmapNotices service;

  RemindSetDateDelegate(RoadmapNotices service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindToSetDate(RoadmapItemProcess.OCCURRENCE_ID.get(execution), EngineClock.now());
  }
}
