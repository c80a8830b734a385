package ru.nastavnik.practice;

import static ru.nastavnik.practice.PracticeReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.program.MentoringProgramProcess;
import ru.nastavnik.system.EngineClock;

/**
 * A completed program the curator flagged as a good practice (in {@code MentoringProgramProcess}):
 * proposes it to the bank of successful practices and starts its review by the municipality's
 * coordinators (the system starts it: the curator need not be allowed to start processes).
 */
@Component
class ProposePracticeDelegate implements JavaDelegate {

  private final PracticeService service;

  ProposePracticeDelegate(PracticeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long programId = MentoringProgramProcess.PROGRAM_ID.required(execution);
    PracticeService.Proposal proposal = service.propose(programId, EngineClock.now());
    if (proposal.underReview()) {
      return;
    }
    ProcessInstance review = Privileged.call(execution.getProcessEngineServices().getIdentityService(), () ->
        execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(MESSAGE_PRACTICE_PROPOSED)
            .processInstanceBusinessKey(String.valueOf(proposal.practiceId()))
            .setVariable(PRACTICE_ID.name(), proposal.practiceId())
            .setVariable(PROGRAM_ID.name(), programId)
            .setVariable(ORGANIZATION_CODE.name(), proposal.organizationCode())
            .setVariable(MUNICIPALITY_CODE.name(), proposal.municipalityCode())
            .correlateStartMessage());
    service.linkProcess(proposal.practiceId(), review.getId());
  }
}
