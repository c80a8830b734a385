package ru.nastavnik.system;

/** The logged-in user may not see or change this; answered with 403. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
