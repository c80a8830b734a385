package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Stores the questionnaire; missing consents or bad input fail the start with a Russian message. */
@Component
class RegisterQuestionnaireDelegate implements JavaDelegate {

  private final MentorBankService service;
  private final EngineUsers users;

  RegisterQuestionnaireDelegate(MentorBankService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuestionnaireDraft draft = new QuestionnaireDraft(FormValues.text(execution.getVariable(MENTOR_LOGIN)),
        FormValues.strings(execution.getVariable(COMPETENCIES)), FormValues.strings(execution.getVariable(FORMS)),
        execution.getVariable(CAPACITY), FormValues.text(execution.getVariable(ABOUT)),
        Boolean.TRUE.equals(execution.getVariable(CONSENT_PERSONAL_DATA)),
        Boolean.TRUE.equals(execution.getVariable(CONSENT_MENTORING_DUTIES)));
    MentorProfile profile = service.submit(users.of((String) execution.getVariable(INITIATOR)), draft,
        EngineClock.now());
    service.attachProcess(profile.getId(), execution.getProcessInstanceId());
    execution.removeVariables(FORM_FIELDS);
    execution.setVariable(MENTOR_PROFILE_ID, profile.getId());
    execution.setVariable(ORGANIZATION_CODE, profile.getOrganization().getCode());
  }
}
