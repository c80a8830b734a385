package ru.nastavnik.onboarding;

/** The uploaded file is not a staff list that can be read; answered 400 (413 when too large) in Russian. */
class StaffFileException extends RuntimeException {

  private final boolean tooLarge;

  StaffFileException(String message) {
    this(message, false);
  }

  StaffFileException(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  boolean isTooLarge() {
    return tooLarge;
  }
}
