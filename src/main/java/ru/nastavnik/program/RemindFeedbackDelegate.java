package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** The feedback on a meeting is past its due date: a reminder by e-mail to its author. */
@Component
class RemindFeedbackDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  RemindFeedbackDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.remindFeedback(FormValues.id(execution.getVariable(MEETING_ID)),
        ProgramRole.valueOf(String.valueOf(execution.getVariable(AUTHOR))), EngineClock.now());
  }
}
