package ru.nastavnik.mentor;

import ru.nastavnik.system.BusinessRuleException;

/** The curator's decision on a mentor's questionnaire, the routing value {@code decision} of the review form. */
public enum QuestionnaireDecision {
  /** The mentor enters the bank. */
  APPROVE,
  /** The questionnaire is declined, with a reason. */
  DECLINE;

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static QuestionnaireDecision parse(String value) {
    for (QuestionnaireDecision decision : values()) {
      if (decision.name().equals(value)) {
        return decision;
      }
    }
    throw new BusinessRuleException(MentorEnrollmentProcess.DECISION.name(),
        "Выберите решение: включить в банк наставников или отклонить");
  }
}
