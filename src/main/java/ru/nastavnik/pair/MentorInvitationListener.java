package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.PAIR_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** The mentor's task is created: the mentor gets the proposal by e-mail, with the task's due date as the deadline. */
@Component
class MentorInvitationListener implements TaskListener {

  private final PairFormationService service;

  MentorInvitationListener(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    service.inviteMentor(FormValues.id(task.getVariable(PAIR_ID)), task.getDueDate().toInstant());
  }
}
