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
 * {@link RoadmapImportService#edition} settles the items, the processes of cancelled occurrences are
 * ended, and the roadmap's own process looks for relevant occurrences at once (new items due soon
 * get their tasks without waiting for its next timer). Withdrawing: {@link RoadmapExecutionService#withdraw} cancels what is
 * undone, then every running process of its items ends (message {@code RoadmapClosed}, as at the end
 * of the period) and so does the roadmap's own process: no task, reminder or escalation is left.
 */
@Component
class RoadmapWithdrawal {

  private final RoadmapExecutionService service;
  private final RoadmapImportService imports;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RoadmapWithdrawal(RoadmapExecutionService service, RoadmapImportService imports, RuntimeService runtimeService,
      IdentityService identityService) {
    this.service = service;
    this.imports = imports;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Returns how many occurrences were cancelled. */
  @Transactional
  public int withdraw(Long roadmapId, Object reason) {
    int cancelled = service.withdraw(roadmapId, reason, CurrentUser.require(), EngineClock.now());
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

  /** Applies a new edition of the roadmap's document (see {@link RoadmapImportService#edition}). */
  @Transactional
  public RoadmapImportService.Edition edition(Long roadmapId, RoadmapImportService.Upload upload) {
    RoadmapImportService.Edition edition = imports.edition(roadmapId, upload, CurrentUser.require(),
        EngineClock.now());
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
