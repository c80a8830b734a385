package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

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
    Object requestId = execution.getVariable(REQUEST_ID.name());
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(MESSAGE_PAIR_SEARCH_REQUESTED)
            .processInstanceBusinessKey(String.valueOf(requestId))
            .setVariable(REQUEST_ID.name(), requestId)
            .setVariable(ORGANIZATION_CODE.name(), execution.getVariable(ORGANIZATION_CODE.name()))
            .setVariable(MENTEE_LOGIN.name(), execution.getVariable(MENTEE_LOGIN.name()))
            .correlateStartMessage());
  }
}
