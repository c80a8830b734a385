package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.CurrentUser;

/**
 * Withdraws a roadmap in one transaction: {@link RoadmapExecutionService#withdraw} cancels what is
 * undone, then every running process of its items ends (message {@code RoadmapClosed}, as at the end
 * of the period) and so does the roadmap's own process: no task, reminder or escalation is left.
 */
@Component
class RoadmapWithdrawal {

  private final RoadmapExecutionService service;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RoadmapWithdrawal(RoadmapExecutionService service, RuntimeService runtimeService, IdentityService identityService) {
    this.service = service;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Returns how many occurrences were cancelled. */
  @Transactional
  public int withdraw(Long roadmapId, Object reason) {
    int cancelled = service.withdraw(roadmapId, reason, CurrentUser.require(), ClockUtil.getCurrentTime().toInstant());
    String processInstanceId = service.roadmap(roadmapId).getProcessInstanceId();
    Privileged.run(identityService, () -> {
      runtimeService.createMessageCorrelation(RoadmapItemProcessVariables.MESSAGE_ROADMAP_CLOSED)
          .processInstanceVariableEquals(RoadmapItemProcessVariables.ROADMAP_ID, roadmapId)
          .correlateAllWithResult();
      if (processInstanceId != null) {
        runtimeService.deleteProcessInstanceIfExists(processInstanceId, "Дорожная карта отозвана", false, true, false, false);
      }
    });
    return cancelled;
  }
}
