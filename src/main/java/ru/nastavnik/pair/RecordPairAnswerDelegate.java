package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * Records the mentor's or the mentee's answer to the proposed pair (which one: the input
 * parameter {@code answerOf} of its service task). A refusal without a reason keeps the task open.
 */
@Component
class RecordPairAnswerDelegate implements JavaDelegate {

  /** Whose answer a service task records. */
  enum Side { MENTOR, MENTEE }

  private final PairFormationService service;

  RecordPairAnswerDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long pairId = PAIR_ID.get(execution);
    PairAnswer answer = PairAnswer.parse(ACCEPTED.get(execution));
    String comment = COMMENT.get(execution);
    Instant now = EngineClock.now();
    if (sideOf(execution) == Side.MENTEE) {
      service.menteeAnswer(pairId, answer, comment, now);
    } else {
      service.mentorAnswer(pairId, answer, comment, now);
    }
    ACCEPTED.set(execution, answer.accepted());
    COMMENT.remove(execution);
  }

  /** The side named by the service task's input parameter {@code answerOf}. */
  static Side sideOf(DelegateExecution execution) {
    Object side = execution.getVariableLocal(ANSWER_OF.name());
    for (Side value : Side.values()) {
      if (value.name().equals(side)) {
        return value;
      }
    }
    throw new IllegalStateException("Задача " + execution.getCurrentActivityId()
        + ": входной параметр " + ANSWER_OF + " должен быть MENTOR или MENTEE, а не " + side);
  }
}
