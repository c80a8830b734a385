package ru.nastavnik.request;

import ru.nastavnik.system.BusinessRuleException;

/** The curator's decision on a request, the routing flag {@code decision} of its review form. */
public enum ReviewDecision {
  ACCEPT(RequestStatus.ACCEPTED),
  CLARIFY(RequestStatus.CLARIFICATION),
  REJECT(RequestStatus.REJECTED);

  private final RequestStatus status;

  ReviewDecision(RequestStatus status) {
    this.status = status;
  }

  /** The status the request takes. */
  RequestStatus status() {
    return status;
  }

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static ReviewDecision parse(String value) {
    for (ReviewDecision decision : values()) {
      if (decision.name().equals(value)) {
        return decision;
      }
    }
    throw new BusinessRuleException(MentoringRequestProcess.DECISION.name(),
        "Выберите решение: принять, вернуть на уточнение или отклонить");
  }
}
