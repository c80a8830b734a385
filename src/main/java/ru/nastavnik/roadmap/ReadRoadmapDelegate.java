package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.FormValues;

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
    ImportScope scope = service.scope(users.of((String) execution.getVariable(INITIATOR)),
        FormValues.text(execution.getVariable(OWNER_CODE)));
    RoadmapImportService.Period period = RoadmapUploads.period(service, execution);
    service.read(RoadmapUploads.upload(execution), period);
    execution.removeVariable(OWNER_CODE);
    execution.setVariable(PERIOD_START, period.start().toString());
    execution.setVariable(PERIOD_END, period.end().toString());
    execution.setVariable(ORGANIZATION_CODE, scope.owner().getCode());
    execution.setVariable(ROADMAP_SCOPE, scope.scope().name());
    execution.setVariable(REVIEWER_GROUP, scope.reviewerGroup());
  }
}
