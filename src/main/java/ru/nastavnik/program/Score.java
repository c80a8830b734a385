package ru.nastavnik.program;

import ru.nastavnik.system.BusinessRuleException;

/** A score 1–10 as forms send it, a number or its text; anything else is an error of its field. */
final class Score {

  private Score() {}

  static int parse(Object value, String field, String missing, String what) {
    if (value == null || value.toString().isBlank()) {
      throw new BusinessRuleException(field, missing);
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(value.toString().trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new BusinessRuleException(field, what + ": оценка — целое число от 1 до 10, а не «" + value + "»");
      }
    }
    if (number != Math.rint(number) || number < 1 || number > 10) {
      throw new BusinessRuleException(field, what + ": оценка — целое число от 1 до 10, а не «" + value + "»");
    }
    return (int) number;
  }
}
