package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** Ranks the mentors for the request and sets the routing flags of the search. */
@Component
class FindCandidatesDelegate implements JavaDelegate {

  private final PairFormationService service;

  FindCandidatesDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SearchOutcome outcome = service.search(REQUEST_ID.get(execution), EngineClock.now());
    CANDIDATES_FOUND.set(execution, outcome.found());
    ACADEMIC_YEAR_OVER.set(execution, outcome.academicYearOver());
    SUPPORT_RECORDED.set(execution, outcome.supportRecorded());
  }
}
