package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcess.*;

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
    QuestionnaireDraft draft = new QuestionnaireDraft(MENTOR_LOGIN.get(execution),
        FormValues.strings(COMPETENCIES.get(execution)), FormValues.strings(FORMS.get(execution)),
        CAPACITY.get(execution), ABOUT.get(execution),
        Boolean.TRUE.equals(execution.getVariable(CONSENT_PERSONAL_DATA.name())),
        Boolean.TRUE.equals(execution.getVariable(CONSENT_MENTORING_DUTIES.name())));
    MentorProfile profile = service.submit(users.of(INITIATOR.get(execution)), draft, EngineClock.now());
    service.attachProcess(profile.getId(), execution.getProcessInstanceId());
    execution.removeVariables(FORM_FIELDS);
    MENTOR_PROFILE_ID.set(execution, profile.getId());
    ORGANIZATION_CODE.set(execution, profile.getOrganization().getCode());
  }
}
