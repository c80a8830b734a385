package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapProcessVariables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Starts a {@code RoadmapItemProcess} for every occurrence that has become relevant (a batch at a
 * time) and tells the roadmap when to look again, or that all have started.
 */
@Component
class ActivateOccurrencesDelegate implements JavaDelegate {

  /** Occurrences started in one transaction; the rest follow at once in the next. */
  static final int BATCH = 200;

  private final RoadmapExecutionService service;

  ActivateOccurrencesDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long roadmapId = FormValues.id(execution.getVariable(ROADMAP_ID));
    Instant now = EngineClock.now();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (RoadmapExecutionService.OccurrenceStart start : service.activateRelevant(roadmapId, now, BATCH)) {
      VariableMap variables = Variables.createVariables()
          .putValue(RoadmapItemProcessVariables.OCCURRENCE_ID, start.occurrenceId())
          .putValue(RoadmapItemProcessVariables.ROADMAP_ID, roadmapId)
          .putValue(RoadmapItemProcessVariables.ORGANIZATION_CODE, start.organizationCode())
          .putValue(RoadmapItemProcessVariables.RESPONSIBLE_GROUP, start.responsibleGroup())
          .putValue(RoadmapItemProcessVariables.ESCALATION_GROUP, start.escalationGroup())
          .putValue(RoadmapItemProcessVariables.DATE_KNOWN, start.timeline() != null);
      if (start.timeline() != null) {
        RoadmapItemTimeline.put(variables, start.timeline());
      }
      ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
          runtime.startProcessInstanceByKey(RoadmapItemProcessVariables.PROCESS_ID, String.valueOf(start.occurrenceId()),
              variables));
      service.attachProcess(start.occurrenceId(), instance.getId());
    }
    Optional<Instant> next = service.nextActivation(roadmapId);
    execution.setVariable(PENDING_OCCURRENCES, next.isPresent());
    if (next.isPresent()) {
      execution.setVariable(NEXT_ACTIVATION_AT, Date.from(next.get().isAfter(now) ? next.get() : now));
    } else {
      execution.removeVariable(NEXT_ACTIVATION_AT);
      execution.setVariable(PERIOD_END_AT, Date.from(service.periodEndAt(roadmapId)));
    }
  }
}
