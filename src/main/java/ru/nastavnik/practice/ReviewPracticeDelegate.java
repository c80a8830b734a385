package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Records the coordinator's decision on a practice (the decision stays as the routing flag);
 * wrong input keeps the review task open with the Russian message.
 */
@Component
class ReviewPracticeDelegate implements JavaDelegate {

  private final PracticeService service;
  private final EngineUsers users;

  ReviewPracticeDelegate(PracticeService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = FormValues.text(execution.getVariable(PRACTICE_DECISION));
    service.review(FormValues.id(execution.getVariable(PRACTICE_ID)), decision,
        FormValues.text(execution.getVariable(TITLE)), FormValues.text(execution.getVariable(DESCRIPTION)),
        FormValues.text(execution.getVariable(REVIEW_COMMENT)), users.currentUserId("координатор"),
        EngineClock.now());
    execution.removeVariables(REVIEW_FIELDS);
    execution.setVariable(PRACTICE_DECISION, decision);
  }
}
