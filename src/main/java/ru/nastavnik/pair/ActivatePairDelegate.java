package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * The director's order (number and date) makes the pair active, and its mentoring program starts
 * (the system starts it: the director need not be allowed to start processes).
 */
@Component
class ActivatePairDelegate implements JavaDelegate {

  private final PairFormationService service;

  ActivatePairDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MentoringPair pair = service.activate(FormValues.id(execution.getVariable(PAIR_ID)),
        FormValues.text(execution.getVariable(ORDER_NUMBER)), execution.getVariable(ORDER_DATE),
        EngineClock.now());
    execution.removeVariables(java.util.List.of(ORDER_NUMBER, ORDER_DATE));
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(MESSAGE_PAIR_ACTIVATED)
            .processInstanceBusinessKey(String.valueOf(pair.getId()))
            .setVariable(PAIR_ID, pair.getId())
            .setVariable(REQUEST_ID, execution.getVariable(REQUEST_ID))
            .setVariable(ORGANIZATION_CODE, execution.getVariable(ORGANIZATION_CODE))
            .setVariable(MENTOR_LOGIN, execution.getVariable(MENTOR_LOGIN))
            .setVariable(MENTEE_LOGIN, execution.getVariable(MENTEE_LOGIN))
            .correlateStartMessage());
  }
}
