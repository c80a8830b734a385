package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    service.escalateFeedback(MEETING_ID.required(execution),
        ProgramRole.valueOf(AUTHOR.required(execution)), EngineClock.now());
  }
}
