package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.PAIR_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The mentor's task is created: the mentor gets the proposal by e-mail, with the task's due date as the deadline. */
@Component
class MentorInvitationListener implements TaskListener {

  private final PairLetters service;

  MentorInvitationListener(PairLetters service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    service.inviteMentor(PAIR_ID.get(task), task.getDueDate().toInstant());
  }
}
