package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/** Stores the curator's revised title and description; the practice goes back to the coordinators. */
@Component
class RevisePracticeDelegate implements JavaDelegate {

  private final PracticeService service;
  private final EngineUsers users;

  RevisePracticeDelegate(PracticeService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.revise(PRACTICE_ID.required(execution), PracticeText.read(execution), users.currentUserId("куратор"),
        EngineClock.now());
    execution.removeVariables(EDITABLE_FIELDS);
  }
}
