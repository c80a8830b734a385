package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/**
 * Stores the curator's assessment, the final event, the good-practice flag and the reward
 * proposal; whether a reward is proposed routes the process to the director, whether the
 * program is a good practice proposes it to the bank of successful practices once completed.
 */
@Component
class RecordAssessmentDelegate implements JavaDelegate {

  private final MentoringProgramService service;
  private final EngineUsers users;

  RecordAssessmentDelegate(MentoringProgramService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AssessmentDraft draft = ProgramForms.assessment(execution);
    Long programId = PROGRAM_ID.required(execution);
    boolean rewardProposed = service.assess(programId, draft, users.currentUserId("куратор"),
        EngineClock.now());
    execution.removeVariables(ASSESSMENT_FIELDS);
    REWARD_PROPOSED.set(execution, rewardProposed);
    GOOD_PRACTICE.set(execution, service.program(programId).isGoodPractice());
  }
}
