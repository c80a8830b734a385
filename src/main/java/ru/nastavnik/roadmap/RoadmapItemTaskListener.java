package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/**
 * Names the tasks of an occurrence with the item's number and title, the organization and the
 * due date, and gives the forms the item's summary (task-local).
 */
@Component
class RoadmapItemTaskListener implements TaskListener {

  private final RoadmapExecutionService service;

  RoadmapItemTaskListener(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Long occurrenceId = FormValues.id(task.getVariable(OCCURRENCE_ID));
    RoadmapExecutionService.TaskPurpose purpose = switch (task.getTaskDefinitionKey()) {
      case "UserTask_SetDate" -> RoadmapExecutionService.TaskPurpose.SET_DATE;
      case "UserTask_ControlOverdue" -> RoadmapExecutionService.TaskPurpose.CONTROL_OVERDUE;
      default -> RoadmapExecutionService.TaskPurpose.COMPLETE;
    };
    task.setName(service.taskName(occurrenceId, purpose));
    task.setVariableLocal(ITEM_SUMMARY, service.summary(occurrenceId));
    task.setVariableLocal(ASK_VALUE, purpose == RoadmapExecutionService.TaskPurpose.COMPLETE && service.asksValue(occurrenceId));
    task.setVariableLocal(CHECK_IN, service.occurrenceKind(occurrenceId) == OccurrenceKind.CHECK_IN);
  }
}
