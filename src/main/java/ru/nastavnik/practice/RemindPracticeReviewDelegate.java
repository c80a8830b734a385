package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.PRACTICE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is not done in 10 working days: the municipality's coordinators are reminded. */
@Component
class RemindPracticeReviewDelegate implements JavaDelegate {

  private final PracticeService service;

  RemindPracticeReviewDelegate(PracticeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindCoordinators(PRACTICE_ID.required(execution));
  }
}
