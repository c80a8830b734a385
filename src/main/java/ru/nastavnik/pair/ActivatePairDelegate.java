package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** The director's order (number and date) makes the pair active. */
@Component
class ActivatePairDelegate implements JavaDelegate {

  private final PairFormationService service;

  ActivatePairDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.activate(FormValues.id(execution.getVariable(PAIR_ID)), FormValues.text(execution.getVariable(ORDER_NUMBER)),
        execution.getVariable(ORDER_DATE), ClockUtil.getCurrentTime().toInstant());
    execution.removeVariables(java.util.List.of(ORDER_NUMBER, ORDER_DATE));
  }
}
