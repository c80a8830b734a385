package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Two days past the due date: the feedback is marked missed and the curators are told; the task stays open. */
@Component
class EscalateFeedbackDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  EscalateFeedbackDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateFeedback(FormValues.id(execution.getVariable(MEETING_ID)),
        ProgramRole.valueOf(String.valueOf(execution.getVariable(AUTHOR))), EngineClock.now());
  }
}
