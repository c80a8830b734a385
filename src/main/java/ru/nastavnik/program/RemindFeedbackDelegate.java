package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    service.remindFeedback(MEETING_ID.required(execution),
        ProgramRole.valueOf(AUTHOR.required(execution)), EngineClock.now());
  }
}
