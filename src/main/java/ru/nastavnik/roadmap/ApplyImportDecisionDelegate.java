package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapImportProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * The reviewer's decision: on confirmation the roadmap is stored with the dates and executors
 * the reviewer set (anything still missing keeps the review open with a Russian message);
 * on cancellation nothing is stored. The upload leaves the process either way.
 */
@Component
class ApplyImportDecisionDelegate implements JavaDelegate {

  private final RoadmapImportService service;
  private final EngineUsers users;

  ApplyImportDecisionDelegate(RoadmapImportService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = FormValues.text(execution.getVariable(DECISION));
    if (CONFIRM.equals(decision)) {
      RoadmapImportService.Upload upload = RoadmapUploads.upload(execution);
      RoadmapImportService.Period period = RoadmapUploads.period(service, execution);
      ImportScope scope = service.scope((String) execution.getVariable(ORGANIZATION_CODE),
          (String) execution.getVariable(ROADMAP_SCOPE));
      Object corrections = execution.getVariable(CORRECTIONS);
      Roadmap roadmap = service.confirm(service.read(upload, period), scope, period, upload.fileName(),
          corrections == null ? null : corrections.toString(),
          "true".equals(String.valueOf(execution.getVariable(INCLUDE_PAST))),
          users.currentUserId((String) execution.getVariable(INITIATOR)), EngineClock.now());
      execution.setVariable(ROADMAP_ID, roadmap.getId());
    } else if (!CANCEL.equals(decision)) {
      throw new BusinessRuleException(DECISION, "Выберите: утвердить дорожную карту или отменить загрузку");
    }
    execution.removeVariables(REVIEW_FIELDS);
    execution.removeVariables(List.of(ROADMAP_FILE, PERIOD_START, PERIOD_END));
    execution.setVariable(CONFIRMED, CONFIRM.equals(decision));
  }
}
