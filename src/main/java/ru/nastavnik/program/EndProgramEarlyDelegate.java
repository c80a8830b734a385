package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * The curator ended the pair early (the REST API checked who and why before sending the
 * message): the program and the pair end; the search for a mentor starts again next.
 */
@Component
class EndProgramEarlyDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  EndProgramEarlyDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.endEarly(PAIR_ID.required(execution), END_REASON.get(execution), ENDED_BY.get(execution), EngineClock.now());
    execution.removeVariables(List.of(END_REASON.name(), ENDED_BY.name()));
  }
}
