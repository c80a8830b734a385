package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;

/**
 * A request entered the bank (or its pair ended early): starts the search for a mentor. The
 * user who triggered it (a curator) need not be allowed to start processes, the system does.
 */
@Component
class RequestPairSearchDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object requestId = execution.getVariable(REQUEST_ID);
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(MESSAGE_PAIR_SEARCH_REQUESTED)
            .processInstanceBusinessKey(String.valueOf(requestId))
            .setVariable(REQUEST_ID, requestId)
            .setVariable(ORGANIZATION_CODE, execution.getVariable(ORGANIZATION_CODE))
            .setVariable(MENTEE_LOGIN, execution.getVariable(MENTEE_LOGIN))
            .correlateStartMessage());
  }
}
