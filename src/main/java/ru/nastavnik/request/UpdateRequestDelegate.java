package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcess.*;

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
    service.resubmit(REQUEST_ID.required(execution), new RequestDraft(null, FormValues.strings(DIFFICULTIES.get(execution)),
        OTHER_DIFFICULTY.get(execution), SUBJECT.get(execution), DESIRED_FORM.get(execution), CATEGORY.get(execution)));
    execution.removeVariables(FORM_FIELDS);
  }
}
