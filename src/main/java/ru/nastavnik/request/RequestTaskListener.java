package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/**
 * On creation of a request task: names it after the request («… — запрос № 7: Новикова А. Д.
 * (СОШ № 1)») and gives the form what it shows and pre-fills, as task-local variables that end
 * with the task (the process itself keeps only the request id).
 */
@Component
class RequestTaskListener implements TaskListener {

  private final MentoringRequestService service;

  RequestTaskListener(MentoringRequestService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      keepSubmittedValues(task);
      return;
    }
    Long id = FormValues.id(task.getVariable(REQUEST_ID));
    MentoringRequest request = service.request(id);
    task.setName(TaskForm.name(task.getName(), service.label(id)));
    task.setVariableLocal(REQUEST_SUMMARY, service.summary(id));
    task.setVariableLocal(DIFFICULTIES, SpinValues.jsonValue(toJson(request)).create());
    task.setVariableLocal(OTHER_DIFFICULTY, request.getOtherDifficulty());
    task.setVariableLocal(SUBJECT, request.getSubject());
    task.setVariableLocal(DESIRED_FORM, request.getDesiredForm().name());
    task.setVariableLocal(CATEGORY, request.getCategory().name());
  }

  /**
   * Tasklist submits a task form with {@code submit-form}, which writes a value into the
   * task-local variable of the same name (our pre-filled value) and so would lose it with the
   * task: on completion the submitted request fields are handed to the process.
   */
  private static void keepSubmittedValues(DelegateTask task) {
    for (String field : FORM_FIELDS) {
      if (task.hasVariableLocal(field)) {
        task.getExecution().setVariable(field, task.getVariableLocal(field));
      }
    }
  }

  private static String toJson(MentoringRequest request) {
    StringBuilder json = new StringBuilder("[");
    request.getDifficulties().forEach(code -> json.append(json.length() > 1 ? "," : "").append('"').append(code).append('"'));
    return json.append(']').toString();
  }
}
