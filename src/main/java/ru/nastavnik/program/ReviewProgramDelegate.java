package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/**
 * The curator's decision on the program. Once approved, the meetings are fixed: their ids, in
 * order, become the collection of the meeting subprocess.
 */
@Component
class ReviewProgramDelegate implements JavaDelegate {

  private final MentoringProgramService service;
  private final EngineUsers users;

  ReviewProgramDelegate(MentoringProgramService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long programId = PROGRAM_ID.required(execution);
    boolean approved = service.review(programId, ProgramDecision.parse(PROGRAM_DECISION.get(execution)),
        ProgramForms.reviewComment(execution), users.currentUserId("куратор"), EngineClock.now());
    execution.removeVariables(List.of(PROGRAM_DECISION.name(), REVIEW_COMMENT.name()));
    PROGRAM_APPROVED.set(execution, approved);
    if (approved) {
      // JSON, not Java serialization (which the engine refuses): a plain list of ids, visible in Cockpit.
      execution.setVariable(MEETING_IDS.name(), Variables.objectValue(new ArrayList<>(service.meetingIds(programId)))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
  }
}
