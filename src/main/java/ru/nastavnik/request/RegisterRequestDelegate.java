package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Stores the filed request; a missing consent or bad input fails the start with a Russian message. */
@Component
class RegisterRequestDelegate implements JavaDelegate {

  private final MentoringRequestService service;
  private final EngineUsers users;

  RegisterRequestDelegate(MentoringRequestService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequestDraft draft = new RequestDraft(FormValues.text(execution.getVariable(MENTEE_LOGIN)),
        FormValues.strings(execution.getVariable(DIFFICULTIES)), FormValues.text(execution.getVariable(OTHER_DIFFICULTY)),
        FormValues.text(execution.getVariable(SUBJECT)), FormValues.text(execution.getVariable(DESIRED_FORM)),
        FormValues.text(execution.getVariable(CATEGORY)));
    MentoringRequest request = service.file(users.of((String) execution.getVariable(INITIATOR)), draft,
        EngineClock.now());
    service.attachProcess(request.getId(), execution.getProcessInstanceId());
    execution.removeVariables(FORM_FIELDS);
    execution.setVariable(REQUEST_ID, request.getId());
    execution.setVariable(ORGANIZATION_CODE, request.getOrganization().getCode());
    execution.setVariable(MENTEE_LOGIN, request.getMentee().getLogin());
    execution.setVariable(LATE, request.isLate());
  }
}
