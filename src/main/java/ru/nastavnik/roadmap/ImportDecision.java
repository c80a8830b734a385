package ru.nastavnik.roadmap;

import ru.nastavnik.system.BusinessRuleException;

/** The reviewer's decision on an import, the field {@code decision} of the review form. */
public enum ImportDecision {
  CONFIRM,
  CANCEL;

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static ImportDecision parse(String value) {
    for (ImportDecision decision : values()) {
      if (decision.name().equals(value)) {
        return decision;
      }
    }
    throw new BusinessRuleException(RoadmapImportProcess.DECISION.name(),
        "Выберите: утвердить дорожную карту или отменить загрузку");
  }
}
