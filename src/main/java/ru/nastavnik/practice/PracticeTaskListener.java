package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.TaskForm;

/**
 * On creation of a review or revision task: names it after the practice and gives the form what
 * it shows and pre-fills (the practice and its program, the editable title and description) as
 * task-local variables that end with the task. On completion the submitted title and description
 * are handed to the process: Tasklist's {@code submit-form} writes them into the task-local
 * variables of the same name.
 */
@Component
class PracticeTaskListener implements TaskListener {

  private final PracticeService service;

  PracticeTaskListener(PracticeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      keepSubmittedValues(task);
      return;
    }
    Long practiceId = PRACTICE_ID.required(task);
    Practice practice = service.practice(practiceId);
    task.setName(TaskForm.name(task.getName(), service.label(practiceId)));
    PRACTICE_SUMMARY.setLocal(task, service.summary(practiceId));
    TITLE.setLocal(task, practice.getTitle());
    DESCRIPTION.setLocal(task, practice.getDescription());
  }

  /**
   * A value the client set on the process (the Java API's {@code complete}) wins; otherwise the
   * task-local one, which {@code submit-form} has overwritten with what the user entered.
   */
  private static void keepSubmittedValues(DelegateTask task) {
    for (String field : EDITABLE_FIELDS) {
      if (task.hasVariableLocal(field) && !task.getExecution().hasVariable(field)) {
        task.getExecution().setVariable(field, task.getVariableLocal(field));
      }
    }
  }
}
