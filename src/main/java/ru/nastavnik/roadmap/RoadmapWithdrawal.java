package ru.nastavnik.roadmap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.EngineClock;

/**
 * Replaces a roadmap by a new edition or withdraws it, each in one transaction. A new edition:
 * {@link RoadmapEditions#edition} settles the items, the processes of cancelled occurrences are
 * ended, and the roadmap's own process looks for relevant occurrences at once (new items due soon
 * get their tasks without waiting for its next timer). Withdrawing: {@link RoadmapExecutionService#withdraw} cancels what is
 * undone, then every running process of its items ends (message {@code RoadmapClosed}, as at the end
 * of the period) and so does the roadmap's own process: no task, reminder or escalation is left.
 */
@Component
class RoadmapWithdrawal {

  private final RoadmapExecutionService service;
  private final RoadmapEditions editions;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RoadmapWithdrawal(RoadmapExecutionService service, RoadmapEditions editions, RuntimeService runtimeService,
      IdentityService identityService) {
    this.service = service;
    this.editions = editions;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Returns how many occurrences were cancelled ({@code reason} read by {@link RoadmapForms#withdrawalReason}). */
  @Transactional
  public int withdraw(CurrentUser user, Long roadmapId, String reason) {
    int cancelled = service.withdraw(roadmapId, reason, user, EngineClock.now());
    String processInstanceId = service.roadmap(roadmapId).getProcessInstanceId();
    Privileged.run(identityService, () -> {
      runtimeService.createMessageCorrelation(RoadmapItemProcess.MESSAGE_ROADMAP_CLOSED)
          .processInstanceVariableEquals(RoadmapItemProcess.ROADMAP_ID.name(), roadmapId)
          .correlateAllWithResult();
      if (processInstanceId != null) {
        runtimeService.deleteProcessInstanceIfExists(processInstanceId, "Дорожная карта отозвана", false, true, false, false);
      }
    });
    return cancelled;
  }

  /** Applies a new edition of the roadmap's document (see {@link RoadmapEditions#edition}). */
  @Transactional
  public RoadmapEditions.Edition edition(CurrentUser user, Long roadmapId, RoadmapImportService.Upload upload) {
    RoadmapEditions.Edition edition = editions.edition(roadmapId, upload, user, EngineClock.now());
    String roadmapProcess = service.roadmap(roadmapId).getProcessInstanceId();
    Privileged.run(identityService, () -> {
      for (String processInstanceId : edition.processesToEnd()) {
        runtimeService.deleteProcessInstanceIfExists(processInstanceId, "Изменено новой редакцией дорожной карты",
            false, true, false, false);
      }
      if (roadmapProcess != null && (edition.added() > 0 || edition.moved() > 0)
          && runtimeService.createProcessInstanceQuery().processInstanceId(roadmapProcess).count() == 1) {
        runtimeService.createProcessInstanceModification(roadmapProcess)
            .cancelAllForActivity(RoadmapProcess.TIMER_NEXT_ACTIVATION)
            .cancelAllForActivity(RoadmapProcess.TIMER_PERIOD_END)
            .startBeforeActivity(RoadmapProcess.SERVICE_ACTIVATE_OCCURRENCES)
            .execute(false, true);
      }
    });
    return edition;
  }
}
