package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
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
    Long programId = FormValues.id(execution.getVariable(PROGRAM_ID));
    boolean approved = service.review(programId, FormValues.text(execution.getVariable(PROGRAM_DECISION)),
        FormValues.text(execution.getVariable(REVIEW_COMMENT)), users.currentUserId("куратор"),
        EngineClock.now());
    execution.removeVariables(List.of(PROGRAM_DECISION, REVIEW_COMMENT));
    execution.setVariable(PROGRAM_APPROVED, approved);
    if (approved) {
      // JSON, not Java serialization (which the engine refuses): a plain list of ids, visible in Cockpit.
      execution.setVariable(MEETING_IDS, Variables.objectValue(new ArrayList<>(service.meetingIds(programId)))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
  }
}
