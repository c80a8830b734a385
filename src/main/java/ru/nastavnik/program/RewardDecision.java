package ru.nastavnik.program;

import ru.nastavnik.system.BusinessRuleException;

/** The director's decision on the proposed reward of the mentor, the field {@code rewardDecision} of its form. */
public enum RewardDecision {
  APPROVE,
  DECLINE;

  /** The decision submitted by the form; anything else is an error of the field «Решение». */
  public static RewardDecision parse(String value) {
    for (RewardDecision decision : values()) {
      if (decision.name().equals(value == null ? null : value.trim())) {
        return decision;
      }
    }
    throw new BusinessRuleException(MentoringProgramProcess.REWARD_DECISION.name(),
        "Выберите решение: поощрить наставника или отказать");
  }
}
