package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;

/**
 * The reviewer's decision: on confirmation the roadmap is stored with the title, dates and
 * executors the reviewer set (anything still missing keeps the review open with a Russian message);
 * on cancellation nothing is stored. The upload leaves the process either way.
 */
@Component
class ApplyImportDecisionDelegate implements JavaDelegate {

  private final RoadmapImportService service;
  private final RoadmapConfirmation confirmation;
  private final EngineUsers users;

  ApplyImportDecisionDelegate(RoadmapImportService service, RoadmapConfirmation confirmation, EngineUsers users) {
    this.service = service;
    this.confirmation = confirmation;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ImportDecision decision = ImportDecision.parse(DECISION.get(execution));
    if (decision == ImportDecision.CONFIRM) {
      RoadmapImportService.Upload upload = RoadmapUploads.upload(execution);
      RoadmapImportService.Period period = RoadmapUploads.period(service, execution);
      ImportScope scope = service.scope((String) execution.getVariable(ORGANIZATION_CODE.name()),
          (String) execution.getVariable(ROADMAP_SCOPE.name()));
      Object corrections = CORRECTIONS.get(execution);
      Object title = ROADMAP_TITLE.get(execution);
      Object factLinks = FACT_LINKS.get(execution);
      RoadmapConfirmation.Decision decided = new RoadmapConfirmation.Decision(title == null ? null : title.toString(),
          "true".equals(String.valueOf(OWNER_CONFIRMED.get(execution))),
          corrections == null ? null : corrections.toString(),
          "true".equals(String.valueOf(INCLUDE_PAST.get(execution))), factLinks == null ? null : factLinks.toString());
      Roadmap roadmap = confirmation.confirm(service.read(upload, period), scope, period, upload.fileName(), decided,
          users.currentUserId((String) execution.getVariable(INITIATOR.name())), EngineClock.now());
      ROADMAP_ID.set(execution, roadmap.getId());
    }
    execution.removeVariables(REVIEW_FIELDS);
    execution.removeVariables(List.of(ROADMAP_FILE.name(), PERIOD_START.name(), PERIOD_END.name()));
    CONFIRMED.set(execution, decision == ImportDecision.CONFIRM);
  }
}
