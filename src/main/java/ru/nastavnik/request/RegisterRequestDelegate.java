package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcess.*;

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
    RequestDraft draft = new RequestDraft(MENTEE_LOGIN.get(execution), FormValues.strings(DIFFICULTIES.get(execution)),
        OTHER_DIFFICULTY.get(execution), SUBJECT.get(execution), DESIRED_FORM.get(execution), CATEGORY.get(execution));
    MentoringRequest request = service.file(users.of(INITIATOR.get(execution)), draft, EngineClock.now());
    service.attachProcess(request.getId(), execution.getProcessInstanceId());
    execution.removeVariables(FORM_FIELDS);
    REQUEST_ID.set(execution, request.getId());
    ORGANIZATION_CODE.set(execution, request.getOrganization().getCode());
    MENTEE_LOGIN.set(execution, request.getMentee().getLogin());
    LATE.set(execution, request.isLate());
  }
}
