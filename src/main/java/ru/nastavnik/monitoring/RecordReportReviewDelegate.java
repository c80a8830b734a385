package ru.nastavnik.monitoring;

import static ru.nastavnik.monitoring.AnnualMonitoringProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.EngineUsers;
import ru.nastavnik.system.EngineClock;
import ru.nastavnik.system.FormValues;

/** The department's decision on the analytic report; a return (with what to improve) sends it back to the coordinator. */
@Component
class RecordReportReviewDelegate implements JavaDelegate {

  private final MonitoringService service;
  private final EngineUsers users;

  RecordReportReviewDelegate(MonitoringService service, EngineUsers users) {
    this.service = service;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MunicipalReportDecision decision = MunicipalReportDecision.parse(REVIEW_DECISION.get(execution));
    String comment = decision == MunicipalReportDecision.ACKNOWLEDGE
        ? FormValues.optionalText(REVIEW_COMMENT.get(execution), REVIEW_COMMENT.name(), 2000)
        : FormValues.requiredText(REVIEW_COMMENT.get(execution), REVIEW_COMMENT.name(),
            "Укажите, что нужно доработать в отчёте", 2000);
    boolean accepted = service.reviewMunicipalReport(MUNICIPAL_REPORT_ID.required(execution), decision, comment,
        users.currentUserId("орган управления образованием"), EngineClock.now());
    REPORT_ACCEPTED.set(execution, accepted);
    execution.removeVariables(FORM_FIELDS);
  }
}
