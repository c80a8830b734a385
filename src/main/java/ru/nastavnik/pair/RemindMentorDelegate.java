package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.PAIR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Five working days without the mentor's answer: a reminder by e-mail. */
@Component
class RemindMentorDelegate implements JavaDelegate {

  private final PairFormationService service;

  RemindMentorDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindMentor(FormValues.id(execution.getVariable(PAIR_ID)));
  }
}
