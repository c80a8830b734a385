package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcess.MENTOR_PROFILE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The questionnaire review is late: the director is told by e-mail. */
@Component
class RemindDirectorOfQuestionnaireDelegate implements JavaDelegate {

  private final MentorBankService service;

  RemindDirectorOfQuestionnaireDelegate(MentorBankService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindDirectorOfOverdueReview(MENTOR_PROFILE_ID.get(execution));
  }
}
