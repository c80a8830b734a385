package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
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
    SearchOutcome outcome = service.search(FormValues.id(execution.getVariable(REQUEST_ID)),
        EngineClock.now());
    execution.setVariable(CANDIDATES_FOUND, outcome.found());
    execution.setVariable(ACADEMIC_YEAR_OVER, outcome.academicYearOver());
    execution.setVariable(SUPPORT_RECORDED, outcome.supportRecorded());
  }
}
