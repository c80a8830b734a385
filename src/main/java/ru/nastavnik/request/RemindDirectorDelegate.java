package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is late: the organization's director gets an e-mail. */
@Component
class RemindDirectorDelegate implements JavaDelegate {

  private final MentoringRequestService service;

  RemindDirectorDelegate(MentoringRequestService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindDirectorOfOverdueReview(REQUEST_ID.required(execution));
  }
}
