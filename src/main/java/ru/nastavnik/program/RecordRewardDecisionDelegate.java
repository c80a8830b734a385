package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/** The director's decision on rewarding the mentor. */
@Component
class RecordRewardDecisionDelegate implements JavaDelegate {

  private final MentoringProgramService service;
  private final EngineUsers users;

  RecordRewardDecisionDelegate(MentoringProgramService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.decideReward(PROGRAM_ID.required(execution), RewardDecision.parse(REWARD_DECISION.get(execution)),
        ProgramForms.rewardComment(execution), users.currentUserId("руководитель"), EngineClock.now());
    execution.removeVariables(List.of(REWARD_DECISION.name(), REWARD_COMMENT.name()));
  }
}
