package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Stores the psychological-pedagogical support the curator arranged while no mentor is found. */
@Component
class RecordSupportDelegate implements JavaDelegate {

  private final PairFormationService service;

  RecordSupportDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordSupport(FormValues.id(execution.getVariable(REQUEST_ID)), FormValues.text(execution.getVariable(SUPPORT_NOTE)));
    execution.removeVariable(SUPPORT_NOTE);
    execution.setVariable(SUPPORT_RECORDED, true);
  }
}
