package ru.nastavnik.monitoring;

import ru.nastavnik.system.BusinessRuleException;

/** The department's decision on the analytic report, the field {@code reviewDecision} of its review form. */
public enum MunicipalReportDecision {
  ACKNOWLEDGE,
  RETURN;

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static MunicipalReportDecision parse(String value) {
    for (MunicipalReportDecision decision : values()) {
      if (decision.name().equals(value)) {
        return decision;
      }
    }
    throw new BusinessRuleException(AnnualMonitoringProcess.REVIEW_DECISION.name(),
        "Выберите решение: принять отчёт или вернуть на доработку");
  }
}
