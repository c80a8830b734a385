package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.LAST_REMINDER_AT;
import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.OCCURRENCE_ID;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/**
 * Seven days, then one day before the deadline: an e-mail to the responsible group. The last
 * reminder also moves the follow-up date of the responsible's task to its own moment, so that
 * Tasklist's «На контроле» shows when the task was last reminded of.
 */
@Component
class RemindResponsibleDelegate implements JavaDelegate {

  /** The service task of the last reminder; any other is the first one. */
  static final String LAST_REMINDER_ACTIVITY = "ServiceTask_RemindDayBefore";
  /** The responsible's task whose follow-up date the reminders keep. */
  static final String ITEM_TASK = "UserTask_CompleteItem";

  private final RoadmapExecutionService service;

  RemindResponsibleDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean last = LAST_REMINDER_ACTIVITY.equals(execution.getCurrentActivityId());
    service.remind(FormValues.id(execution.getVariable(OCCURRENCE_ID)), last, ClockUtil.getCurrentTime().toInstant());
    if (last && execution.getVariable(LAST_REMINDER_AT) instanceof Date followUp) {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(ITEM_TASK).list()) {
        task.setFollowUpDate(followUp);
        tasks.saveTask(task);
      }
    }
  }
}
