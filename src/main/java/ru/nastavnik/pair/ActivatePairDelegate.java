package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormDates;

/**
 * The director's order (number and date) makes the pair active, and its mentoring program starts
 * (the system starts it: the director need not be allowed to start processes).
 */
@Component
class ActivatePairDelegate implements JavaDelegate {

  private final PairFormationService service;
  private final PairQueries queries;

  ActivatePairDelegate(PairFormationService service, PairQueries queries) {
    this.service = service;
    this.queries = queries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = PAIR_ID.get(execution);
    // A date picked in the form is read in the pair's municipality.
    LocalDate orderDate = FormDates.parse(ORDER_DATE.get(execution), ORDER_DATE.name(), "Дата приказа",
        queries.zoneOf(pairId));
    MentoringPair pair = service.activate(pairId, ORDER_NUMBER.get(execution), orderDate, EngineClock.now());
    execution.removeVariables(ORDER_FIELDS);
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(PAIR_ACTIVATED)
            .processInstanceBusinessKey(String.valueOf(pair.getId()))
            .setVariable(PAIR_ID.name(), pair.getId())
            .setVariable(REQUEST_ID.name(), execution.getVariable(REQUEST_ID.name()))
            .setVariable(ORGANIZATION_CODE.name(), execution.getVariable(ORGANIZATION_CODE.name()))
            .setVariable(MENTOR_LOGIN.name(), execution.getVariable(MENTOR_LOGIN.name()))
            .setVariable(MENTEE_LOGIN.name(), execution.getVariable(MENTEE_LOGIN.name()))
            .correlateStartMessage());
  }
}
