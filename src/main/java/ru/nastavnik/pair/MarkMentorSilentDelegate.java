package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.PAIR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** Ten working days without the mentor's answer: the proposal lapses and the curator chooses again. */
@Component
class MarkMentorSilentDelegate implements JavaDelegate {

  private final PairFormationService service;

  MarkMentorSilentDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.mentorSilent(PAIR_ID.get(execution), EngineClock.now());
  }
}
