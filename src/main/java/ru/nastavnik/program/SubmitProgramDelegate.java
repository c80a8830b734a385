package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/** Stores the mentor's program (first draft or correction) and sends it to the curator. */
@Component
class SubmitProgramDelegate implements JavaDelegate {

  private final MentoringProgramService service;
  private final EngineUsers users;

  SubmitProgramDelegate(MentoringProgramService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgramDraft draft = ProgramForms.draft(execution);
    service.submit(PROGRAM_ID.required(execution), draft,
        users.currentUserId(String.valueOf(MENTOR_LOGIN.get(execution))), EngineClock.now());
    execution.removeVariables(PROGRAM_FIELDS);
  }
}
