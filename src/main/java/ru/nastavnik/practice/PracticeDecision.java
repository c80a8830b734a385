package ru.nastavnik.practice;

import ru.nastavnik.system.BusinessRuleException;

/** The coordinator's decision on a proposed practice, the routing flag {@code practiceDecision} of its review form. */
public enum PracticeDecision {
  PUBLISH(PracticeStatus.PUBLISHED),
  RETURN(PracticeStatus.RETURNED),
  REJECT(PracticeStatus.REJECTED);

  private final PracticeStatus status;

  PracticeDecision(PracticeStatus status) {
    this.status = status;
  }

  /** The status the practice takes. */
  PracticeStatus status() {
    return status;
  }

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static PracticeDecision parse(String value) {
    for (PracticeDecision decision : values()) {
      if (decision.name().equals(value == null ? null : value.trim())) {
        return decision;
      }
    }
    throw new BusinessRuleException(PracticeReviewProcess.PRACTICE_DECISION.name(),
        "Выберите решение: опубликовать практику, вернуть куратору на доработку или отклонить");
  }
}
