package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/**
 * Records the mentor's or the mentee's answer to the proposed pair (which one: the service
 * task it runs in). A refusal without a reason keeps the task open.
 */
@Component
class RecordPairAnswerDelegate implements JavaDelegate {

  static final String MENTEE_ANSWER_ACTIVITY = "ServiceTask_RecordMenteeAnswer";

  private final PairFormationService service;

  RecordPairAnswerDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = FormValues.id(execution.getVariable(PAIR_ID));
    boolean accepted = "true".equals(String.valueOf(execution.getVariable(ACCEPTED)));
    String comment = FormValues.text(execution.getVariable(COMMENT));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (MENTEE_ANSWER_ACTIVITY.equals(execution.getCurrentActivityId())) {
      service.menteeAnswer(pairId, accepted, comment, now);
    } else {
      service.mentorAnswer(pairId, accepted, comment, now);
    }
    execution.setVariable(ACCEPTED, accepted);
    execution.removeVariable(COMMENT);
  }
}
