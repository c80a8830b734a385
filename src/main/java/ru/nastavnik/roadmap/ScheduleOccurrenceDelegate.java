package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
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
    RoadmapExecutionService.Timeline timeline = service.schedule(FormValues.id(execution.getVariable(OCCURRENCE_ID)),
        execution.getVariable(PLANNED_DATE), users.currentUserId("система"), EngineClock.now());
    Map<String, Object> variables = new HashMap<>();
    RoadmapItemTimeline.put(variables, timeline);
    execution.removeVariables(List.of(PLANNED_DATE, COMMENT));
    execution.setVariables(variables);
    execution.setVariable(DATE_KNOWN, true);
  }
}
