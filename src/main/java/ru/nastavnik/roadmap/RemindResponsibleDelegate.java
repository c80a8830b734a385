package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.OCCURRENCE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** Seven days, then one day before the deadline: an e-mail to the responsible group. */
@Component
class RemindResponsibleDelegate implements JavaDelegate {

  /** The service task of the last reminder; any other is the first one. */
  static final String LAST_REMINDER_ACTIVITY = "ServiceTask_RemindDayBefore";

  private final RoadmapExecutionService service;

  RemindResponsibleDelegate(RoadmapExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int daysBefore = LAST_REMINDER_ACTIVITY.equals(execution.getCurrentActivityId())
        ? RoadmapExecutionService.LAST_REMINDER_DAYS : RoadmapExecutionService.FIRST_REMINDER_DAYS;
    service.remind(FormValues.id(execution.getVariable(OCCURRENCE_ID)), daysBefore, ClockUtil.getCurrentTime().toInstant());
  }
}
