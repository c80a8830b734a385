package ru.nastavnik.system;

/**
 * Input that is well-formed but breaks a rule of the domain (no consent, a role the
 * organization cannot have ...). Answered with 400 and the Russian message; the field, when
 * one is to blame, is named so that a form can show the message next to it.
 */
public class BusinessRuleException extends RuntimeException {

  private final String field;

  public BusinessRuleException(String message) {
    this(null, message);
  }

  public BusinessRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
