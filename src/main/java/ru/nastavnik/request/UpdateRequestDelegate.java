package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Stores the mentee's corrected request and sends it back to the curator. */
@Component
class UpdateRequestDelegate implements JavaDelegate {

  private final MentoringRequestService service;

  UpdateRequestDelegate(MentoringRequestService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.resubmit(FormValues.id(execution.getVariable(REQUEST_ID)), new RequestDraft(null,
        FormValues.strings(execution.getVariable(DIFFICULTIES)), FormValues.text(execution.getVariable(OTHER_DIFFICULTY)),
        FormValues.text(execution.getVariable(SUBJECT)), FormValues.text(execution.getVariable(DESIRED_FORM)),
        FormValues.text(execution.getVariable(CATEGORY))));
    execution.removeVariables(FORM_FIELDS);
  }
}
