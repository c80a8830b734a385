package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/** Names the review task after the mentor and gives its form the questionnaire to read. */
@Component
class QuestionnaireTaskListener implements TaskListener {

  private final MentorBankService service;

  QuestionnaireTaskListener(MentorBankService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = FormValues.id(task.getVariable(MENTOR_PROFILE_ID));
    task.setName(TaskForm.name(task.getName(), service.label(id)));
    task.setVariableLocal(QUESTIONNAIRE_SUMMARY, service.summary(id));
  }
}
