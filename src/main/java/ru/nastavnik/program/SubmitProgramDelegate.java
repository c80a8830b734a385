package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
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
    ProgramDraft draft = new ProgramDraft(FormValues.text(execution.getVariable(GOALS)),
        FormValues.text(execution.getVariable(TASKS)), FormValues.text(execution.getVariable(PLANNED_RESULTS)),
        execution.getVariable(DURATION_MONTHS), execution.getVariable(ACQUAINTANCE_DATE),
        execution.getVariable(TRIAL_DATE), execution.getVariable(PLANNING_DATE),
        FormValues.text(execution.getVariable(WORKING_MEETINGS)), execution.getVariable(FINAL_DATE));
    service.submit(FormValues.id(execution.getVariable(PROGRAM_ID)), draft,
        users.currentUserId(String.valueOf(execution.getVariable(MENTOR_LOGIN))), EngineClock.now());
    execution.removeVariables(PROGRAM_FIELDS);
  }
}
