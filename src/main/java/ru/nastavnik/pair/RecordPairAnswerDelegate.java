package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/**
 * Records the mentor's or the mentee's answer to the proposed pair; the BPMN field {@code side}
 * («mentor» or «mentee») says whose. A refusal without a reason keeps the task open.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class RecordPairAnswerDelegate implements JavaDelegate {

  private final PairFormationService service;
  private Expression side;

  RecordPairAnswerDelegate(PairFormationService service) {
    this.service = service;
  }

  public void setSide(Expression side) {
    this.side = side;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = FormValues.id(execution.getVariable(PAIR_ID));
    boolean accepted = Boolean.TRUE.equals(execution.getVariable(ACCEPTED))
        || "true".equals(String.valueOf(execution.getVariable(ACCEPTED)));
    String comment = FormValues.text(execution.getVariable(COMMENT));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if ("mentee".equals(side.getValue(execution))) {
      service.menteeAnswer(pairId, accepted, comment, now);
    } else {
      service.mentorAnswer(pairId, accepted, comment, now);
    }
    execution.setVariable(ACCEPTED, accepted);
    execution.removeVariable(COMMENT);
  }
}
