package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Records the curator's decision on a questionnaire; a decline without a reason keeps the task open. */
@Component
class ApplyQuestionnaireDecisionDelegate implements JavaDelegate {

  private final MentorBankService service;
  private final EngineUsers users;

  ApplyQuestionnaireDecisionDelegate(MentorBankService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.decide(FormValues.id(execution.getVariable(MENTOR_PROFILE_ID)), FormValues.text(execution.getVariable(DECISION)),
        FormValues.text(execution.getVariable(CURATOR_COMMENT)), FormValues.text(execution.getVariable(TRAINING_STATUS)),
        users.currentUserId("куратор"), EngineClock.now());
    execution.removeVariables(FORM_FIELDS);
  }
}
