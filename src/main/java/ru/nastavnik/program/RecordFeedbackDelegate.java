package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Stores the feedback of one side on a meeting (the input parameter {@code author} says whose). */
@Component
class RecordFeedbackDelegate implements JavaDelegate {

  private final MentoringProgramService service;
  private final EngineUsers users;

  RecordFeedbackDelegate(MentoringProgramService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgramRole author = ProgramRole.valueOf(String.valueOf(execution.getVariable(AUTHOR)));
    String fallback = String.valueOf(execution.getVariable(author == ProgramRole.MENTOR ? MENTOR_LOGIN : MENTEE_LOGIN));
    service.recordFeedback(FormValues.id(execution.getVariable(MEETING_ID)), author,
        execution.getVariable(FEEDBACK_RATING), FormValues.text(execution.getVariable(FEEDBACK_COMMENT)),
        users.currentUserId(fallback), EngineClock.now());
    execution.removeVariables(List.of(FEEDBACK_RATING, FEEDBACK_COMMENT));
  }
}
