package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
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
    PracticeDecision decision = PracticeDecision.parse(PRACTICE_DECISION.get(execution));
    service.review(PRACTICE_ID.required(execution), decision, PracticeText.read(execution),
        PracticeText.comment(execution), users.currentUserId("координатор"), EngineClock.now());
    execution.removeVariables(REVIEW_FIELDS);
    PRACTICE_DECISION.set(execution, decision.name());
  }
}
