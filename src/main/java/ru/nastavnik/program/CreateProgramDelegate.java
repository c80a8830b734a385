package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/** The pair is active: its program is created, for the mentor to draft. */
@Component
class CreateProgramDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  CreateProgramDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MentoringProgram program = service.create(PAIR_ID.required(execution),
        EngineClock.now());
    PROGRAM_ID.set(execution, program.getId());
  }
}
