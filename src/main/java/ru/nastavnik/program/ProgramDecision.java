package ru.nastavnik.program;

import ru.nastavnik.system.BusinessRuleException;

/** The curator's decision on the mentor's program, the field {@code programDecision} of its review form. */
public enum ProgramDecision {
  APPROVE,
  RETURN;

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static ProgramDecision parse(String value) {
    for (ProgramDecision decision : values()) {
      if (decision.name().equals(value == null ? null : value.trim())) {
        return decision;
      }
    }
    throw new BusinessRuleException(MentoringProgramProcess.PROGRAM_DECISION.name(),
        "Выберите решение: утвердить программу или вернуть на доработку");
  }
}
