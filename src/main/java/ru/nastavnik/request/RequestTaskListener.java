package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
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
      TaskForm.keepSubmitted(task, FORM_FIELDS);
      return;
    }
    Long id = REQUEST_ID.required(task);
    MentoringRequest request = service.request(id);
    task.setName(TaskForm.name(task.getName(), service.label(id)));
    REQUEST_SUMMARY.setLocal(task, service.summary(id));
    DIFFICULTIES.setLocal(task, SpinValues.jsonValue(toJson(request)).create());
    OTHER_DIFFICULTY.setLocal(task, request.getOtherDifficulty());
    SUBJECT.setLocal(task, request.getSubject());
    DESIRED_FORM.setLocal(task, request.getDesiredForm().name());
    CATEGORY.setLocal(task, request.getCategory().name());
  }

  private static String toJson(MentoringRequest request) {
    StringBuilder json = new StringBuilder("[");
    request.getDifficulties().forEach(code -> json.append(json.length() > 1 ? "," : "").append('"').append(code).append('"'));
    return json.append(']').toString();
  }
}
