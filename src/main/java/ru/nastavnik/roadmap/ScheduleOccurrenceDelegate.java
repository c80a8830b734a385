package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/** The responsible set the date of an on-demand item: from now on it runs as a dated item. */
@Component
class ScheduleOccurrenceDelegate implements JavaDelegate {

  private final RoadmapExecutionService service;
  private final EngineUsers users;

  ScheduleOccurrenceDelegate(RoadmapExecutionService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoadmapExecutionService.Timeline timeline = service.schedule(OCCURRENCE_ID.get(execution),
        RoadmapForms.plannedDate(execution), users.currentUserId("система"), EngineClock.now());
    Map<String, Object> variables = new HashMap<>();
    RoadmapItemTimeline.put(variables, timeline);
    execution.removeVariables(List.of(PLANNED_DATE.name(), COMMENT.name()));
    execution.setVariables(variables);
    DATE_KNOWN.set(execution, true);
  }
}
