package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;

/** Turns the curator's choice into a proposed pair, or into «no suitable mentor». */
@Component
class ProposePairDelegate implements JavaDelegate {

  private final PairFormationService service;
  private final EngineUsers users;

  ProposePairDelegate(PairFormationService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<MentoringPair> pair = service.propose(FormValues.id(execution.getVariable(REQUEST_ID)),
        FormValues.text(execution.getVariable(MENTOR_PROFILE_ID)), users.currentUserId("куратор"),
        ClockUtil.getCurrentTime().toInstant());
    execution.removeVariable(MENTOR_PROFILE_ID);
    execution.setVariable(MENTOR_CHOSEN, pair.isPresent());
    if (pair.isPresent()) {
      execution.setVariable(PAIR_ID, pair.get().getId());
      execution.setVariable(MENTOR_LOGIN, pair.get().getMentor().getPerson().getLogin());
    }
  }
}
