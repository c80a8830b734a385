package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * Turns the curator's choice into a proposed pair, or into «no suitable mentor». Requests the
 * curator added to a group get the same mentor: their processes, waiting at the same choice,
 * are told so by a message and propose their pair in the same transaction, so a group that
 * does not fit the mentor's free places is refused as a whole.
 */
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
    String choice = FormValues.text(execution.getVariable(MENTOR_PROFILE_ID));
    Optional<MentoringPair> pair = service.propose(FormValues.id(execution.getVariable(REQUEST_ID)), choice,
        FormValues.strings(execution.getVariable(EXCLUDED_MENTORS)), execution.getVariable(EXCLUSION_REASON),
        users.currentUserId("куратор"), EngineClock.now());
    List<String> groupRequests = FormValues.strings(execution.getVariable(GROUP_REQUESTS));
    Object lead = execution.getVariable(GROUP_LEAD_PAIR_ID);
    execution.removeVariables(List.of(MENTOR_PROFILE_ID, GROUP_REQUESTS, GROUP_LEAD_PAIR_ID, EXCLUDED_MENTORS,
        EXCLUSION_REASON));
    execution.setVariable(MENTOR_CHOSEN, pair.isPresent());
    if (pair.isEmpty()) {
      return;
    }
    execution.setVariable(PAIR_ID, pair.get().getId());
    execution.setVariable(MENTOR_LOGIN, pair.get().getMentor().getPerson().getLogin());
    if (lead != null) {
      service.formGroup(List.of(service.pair(FormValues.id(lead)), pair.get()));
    }
    for (String other : groupRequests) {
      Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
          execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE_MENTOR_GROUP_CHOSEN)
              .processInstanceBusinessKey(other)
              .setVariable(MENTOR_PROFILE_ID, choice)
              .setVariable(GROUP_LEAD_PAIR_ID, pair.get().getId())
              .correlate());
    }
  }
}
