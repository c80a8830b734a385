package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;
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
    AssessmentDraft draft = new AssessmentDraft(FormValues.text(execution.getVariable(ASSESSMENT)),
        execution.getVariable(ASSESSMENT_RATING), FormValues.text(execution.getVariable(FINAL_EVENT_KIND)),
        execution.getVariable(FINAL_EVENT_DATE), FormValues.text(execution.getVariable(FINAL_EVENT_NOTE)),
        execution.getVariable(GOOD_PRACTICE), execution.getVariable(REWARD_PROPOSED),
        FormValues.text(execution.getVariable(REWARD_PROPOSAL)));
    Long programId = FormValues.id(execution.getVariable(PROGRAM_ID));
    boolean rewardProposed = service.assess(programId, draft, users.currentUserId("куратор"),
        EngineClock.now());
    execution.removeVariables(ASSESSMENT_FIELDS);
    execution.setVariable(REWARD_PROPOSED, rewardProposed);
    execution.setVariable(GOOD_PRACTICE, service.program(programId).isGoodPractice());
  }
}
