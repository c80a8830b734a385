package ru.nastavnik.request;

import static ru.nastavnik.request.MentoringRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/** Records the curator's decision; without a required comment the review task stays open. */
@Component
class ApplyReviewDecisionDelegate implements JavaDelegate {

  private final MentoringRequestService service;
  private final EngineUsers users;

  ApplyReviewDecisionDelegate(MentoringRequestService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.decide(REQUEST_ID.required(execution), ReviewDecision.parse(DECISION.get(execution)),
        CURATOR_COMMENT.get(execution), users.currentUserId("куратор"), EngineClock.now());
    execution.removeVariables(FORM_FIELDS);
  }
}
