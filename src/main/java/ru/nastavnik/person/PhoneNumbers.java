package ru.nastavnik.person;

import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.Problems;

/**
 * The one reading of a phone number, as people type it and school systems export it
 * («8 (912) 345-67-89», «+7 912 345 67 89», «9123456789»): stored as «+» and digits, a Russian
 * number as +7 and ten digits, so that the same number compares equal however it was written.
 */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  /**
   * The normalized number; null for an empty value.
   *
   * @throws BusinessRuleException of the field {@code phone} when it is not a phone number
   */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.trim();
    boolean plus = text.startsWith("+");
    String rest = plus ? text.substring(1) : text;
    if (!rest.matches("[0-9 ()\\-.\u00a0]+")) {
      throw invalid(raw);
    }
    String digits = rest.replaceAll("[^0-9]", "");
    if (!plus && digits.length() == 11 && (digits.charAt(0) == '8' || digits.charAt(0) == '7')) {
      return "+7" + digits.substring(1);
    }
    if (!plus && digits.length() == 10 && digits.charAt(0) == '9') {
      return "+7" + digits;
    }
    if (plus && digits.length() >= 10 && digits.length() <= 15) {
      return "+" + digits;
    }
    throw invalid(raw);
  }

  private static BusinessRuleException invalid(String raw) {
    return new BusinessRuleException("phone", "«" + Problems.quote(raw)
        + "» — не номер телефона: нужны 10–15 цифр, например +7 912 345-67-89 или 8 (3467) 32-10-00");
  }
}
