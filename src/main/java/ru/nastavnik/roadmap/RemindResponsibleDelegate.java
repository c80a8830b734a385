package ru.nastavnik.roadmap;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * Seven days, then one day before the deadline: an e-mail to the responsible group (which
 * reminder: the input parameter {@code reminder} of its service task). The last reminder also
 * moves the follow-up date of the responsible's task to its own moment, so that Tasklist's
 * «На контроле» shows when the task was last reminded of (only when the letter went out).
 */
@Component
class RemindResponsibleDelegate implements JavaDelegate {

  /** Which reminder a service task sends. */
  enum Reminder { WEEK_BEFORE, DAY_BEFORE }

  /** The responsible's task whose follow-up date the reminders keep. */
  static final String ITEM_TASK = RoadmapItemProcess.TASK_COMPLETE_ITEM;

  private final RoadmapNotices service;

  RemindResponsibleDelegate(RoadmapNotices service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean last = reminderOf(execution) == Reminder.DAY_BEFORE;
    boolean sent = service.remind(RoadmapItemProcess.OCCURRENCE_ID.get(execution), last, EngineClock.now());
    // A reminder not sent (the item is done, late or its roadmap closed) is not shown as one.
    if (sent && last && RoadmapItemProcess.LAST_REMINDER_AT.get(execution) instanceof Date followUp) {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(ITEM_TASK).list()) {
        task.setFollowUpDate(followUp);
        tasks.saveTask(task);
      }
    }
  }

  /** The reminder named by the service task's input parameter {@code reminder}. */
  static Reminder reminderOf(DelegateExecution execution) {
    Object reminder = execution.getVariableLocal(RoadmapItemProcess.REMINDER.name());
    for (Reminder value : Reminder.values()) {
      if (value.name().equals(reminder)) {
        return value;
      }
    }
    throw new IllegalStateException("Задача " + execution.getCurrentActivityId()
        + ": входной параметр " + RoadmapItemProcess.REMINDER + " должен быть WEEK_BEFORE или DAY_BEFORE, а не " + reminder);
  }
}
