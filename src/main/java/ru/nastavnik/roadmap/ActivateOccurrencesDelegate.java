package ru.nastavnik.roadmap;

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
    Long roadmapId = RoadmapProcess.ROADMAP_ID.get(execution);
    Instant now = EngineClock.now();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (RoadmapExecutionService.OccurrenceStart start : service.activateRelevant(roadmapId, now, BATCH)) {
      VariableMap variables = Variables.createVariables();
      RoadmapItemProcess.OCCURRENCE_ID.put(variables, start.occurrenceId());
      RoadmapItemProcess.ROADMAP_ID.put(variables, roadmapId);
      RoadmapItemProcess.ORGANIZATION_CODE.put(variables, start.organizationCode());
      RoadmapItemProcess.RESPONSIBLE_GROUP.put(variables, start.responsibleGroup());
      RoadmapItemProcess.ESCALATION_GROUP.put(variables, start.escalationGroup());
      RoadmapItemProcess.DATE_KNOWN.put(variables, start.timeline() != null);
      RoadmapItemProcess.CLOSED_BY_FACT.put(variables, start.closedByFact());
      if (start.timeline() != null) {
        RoadmapItemTimeline.put(variables, start.timeline());
      }
      ProcessInstance instance = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
          runtime.startProcessInstanceByKey(RoadmapItemProcess.ID, String.valueOf(start.occurrenceId()),
              variables));
      service.attachProcess(start.occurrenceId(), instance.getId());
    }
    Optional<Instant> next = service.nextActivation(roadmapId);
    RoadmapProcess.PENDING_OCCURRENCES.set(execution, next.isPresent());
    if (next.isPresent()) {
      RoadmapProcess.NEXT_ACTIVATION_AT.set(execution, Date.from(next.get().isAfter(now) ? next.get() : now));
    } else {
      RoadmapProcess.NEXT_ACTIVATION_AT.remove(execution);
      RoadmapProcess.PERIOD_END_AT.set(execution, Date.from(service.periodEndAt(roadmapId)));
    }
  }
}
