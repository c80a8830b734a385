package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.PROGRAM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** The program is done: it and the pair are completed. */
@Component
class CompleteProgramDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  CompleteProgramDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.complete(PROGRAM_ID.required(execution), EngineClock.now());
  }
}
