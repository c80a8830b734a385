package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
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
    ProgramRole author = ProgramRole.valueOf(AUTHOR.required(execution));
    String fallback = String.valueOf((author == ProgramRole.MENTOR ? MENTOR_LOGIN : MENTEE_LOGIN).get(execution));
    service.recordFeedback(MEETING_ID.required(execution), author, ProgramForms.feedbackRating(execution),
        ProgramForms.feedbackComment(execution), users.currentUserId(fallback), EngineClock.now());
    execution.removeVariables(List.of(FEEDBACK_RATING.name(), FEEDBACK_COMMENT.name()));
  }
}
