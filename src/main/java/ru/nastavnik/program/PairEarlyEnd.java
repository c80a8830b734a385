package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;

/**
 * The curator's early end of a pair, from the REST API: after the service has checked who asks
 * and why, the {@code PairEndedEarly} message interrupts the pair's program process, whose event
 * subprocess ends the program and the pair and starts the search for a mentor again. All of it
 * in one transaction.
 */
@Component
public class PairEarlyEnd {

  private final MentoringProgramService service;
  private final ProgramQueries queries;
  private final RuntimeService runtime;
  private final IdentityService identity;

  PairEarlyEnd(MentoringProgramService service, ProgramQueries queries, RuntimeService runtime, IdentityService identity) {
    this.queries = queries;
    this.service = service;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Transactional
  public ProgramView.PairEnd end(CurrentUser user, Long pairId, String reason) {
    String text = service.checkEarlyEnd(user, pairId, reason);
    boolean correlated = Privileged.call(identity, () -> !runtime.createMessageCorrelation(MESSAGE_PAIR_ENDED_EARLY)
        .processInstanceBusinessKey(String.valueOf(pairId))
        .setVariable(END_REASON.name(), text)
        .setVariable(ENDED_BY.name(), user.userId())
        .correlateAllWithResult().isEmpty());
    if (!correlated) {
      throw new BusinessRuleException("У пары № " + pairId + " нет выполняющегося процесса программы наставничества;"
          + " обратитесь к администратору");
    }
    return queries.pairEnd(pairId);
  }
}
