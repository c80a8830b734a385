package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

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
    MentorChoice choice = MentorChoice.parse(MENTOR_PROFILE_ID.get(execution));
    List<String> excluded = FormValues.strings(EXCLUDED_MENTORS.get(execution));
    String reason = excluded.isEmpty() ? null
        : FormValues.optionalText(EXCLUSION_REASON.get(execution), EXCLUSION_REASON.name(), 1000);
    Optional<MentoringPair> pair = service.propose(REQUEST_ID.get(execution), choice, excluded, reason,
        users.currentUserId("куратор"), EngineClock.now());
    List<String> groupRequests = FormValues.strings(GROUP_REQUESTS.get(execution));
    Long lead = GROUP_LEAD_PAIR_ID.get(execution);
    execution.removeVariables(CHOICE_FIELDS);
    MENTOR_CHOSEN.set(execution, pair.isPresent());
    if (pair.isEmpty()) {
      return;
    }
    PAIR_ID.set(execution, pair.get().getId());
    MENTOR_LOGIN.set(execution, pair.get().getMentor().getPerson().getLogin());
    if (lead != null) {
      service.formGroup(List.of(service.pair(lead), pair.get()));
    }
    for (String other : groupRequests) {
      Privileged.run(execution.getProcessEngineServices().getIdentityService(), () ->
          execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE_MENTOR_GROUP_CHOSEN)
              .processInstanceBusinessKey(other)
              .setVariable(MENTOR_PROFILE_ID.name(), choice.value())
              .setVariable(GROUP_LEAD_PAIR_ID.name(), pair.get().getId())
              .correlate());
    }
  }
}
