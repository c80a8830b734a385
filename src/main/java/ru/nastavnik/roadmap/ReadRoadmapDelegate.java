package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;

/**
 * Reads the uploaded document: a file that is not a roadmap, a bad period or an importer who may
 * not import fails the start with a Russian message, and nothing is kept. Nothing is stored yet.
 */
@Component
class ReadRoadmapDelegate implements JavaDelegate {

  private final RoadmapImportService service;
  private final EngineUsers users;

  ReadRoadmapDelegate(RoadmapImportService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ImportScope scope = service.scope(users.of((String) execution.getVariable(INITIATOR.name())),
        OWNER_CODE.get(execution));
    RoadmapImportService.Period period = RoadmapUploads.period(service, execution);
    service.read(RoadmapUploads.upload(execution), period);
    OWNER_CODE.remove(execution);
    PERIOD_START.set(execution, period.start().toString());
    PERIOD_END.set(execution, period.end().toString());
    ORGANIZATION_CODE.set(execution, scope.owner().getCode());
    ROADMAP_SCOPE.set(execution, scope.scope().name());
    REVIEWER_GROUP.set(execution, scope.reviewerGroup());
  }
}
