package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the psychological-pedagogical support the curator arranged while no mentor is found. */
@Component
class RecordSupportDelegate implements JavaDelegate {

  private final PairFormationService service;

  RecordSupportDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordSupport(REQUEST_ID.get(execution), SUPPORT_NOTE.get(execution));
    SUPPORT_NOTE.remove(execution);
    SUPPORT_RECORDED.set(execution, true);
  }
}
