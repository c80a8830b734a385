package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
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
    QuestionnaireDecision decision = QuestionnaireDecision.parse(DECISION.get(execution));
    // The training status counts only for an approval.
    String training = decision == QuestionnaireDecision.APPROVE ? TRAINING_STATUS.get(execution) : null;
    service.decide(MENTOR_PROFILE_ID.get(execution), decision, CURATOR_COMMENT.get(execution),
        training == null ? null : TrainingStatus.parse(training), users.currentUserId("куратор"), EngineClock.now());
    execution.removeVariables(FORM_FIELDS);
  }
}
