package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
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
    MentoringProgram program = service.create(FormValues.id(execution.getVariable(PAIR_ID)),
        EngineClock.now());
    execution.setVariable(PROGRAM_ID, program.getId());
  }
}
