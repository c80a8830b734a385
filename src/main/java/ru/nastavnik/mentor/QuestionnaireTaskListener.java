package ru.nastavnik.mentor;

import static ru.nastavnik.mentor.MentorEnrollmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
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
    Long id = MENTOR_PROFILE_ID.get(task);
    task.setName(TaskForm.name(task.getName(), service.label(id)));
    QUESTIONNAIRE_SUMMARY.setLocal(task, service.summary(id));
  }
}
