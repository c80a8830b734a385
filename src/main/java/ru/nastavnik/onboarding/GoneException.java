package ru.nastavnik.onboarding;

/** A link that was valid once and is no more (used, replaced or expired): answered 410 in Russian. */
class GoneException extends RuntimeException {

  GoneException(String message) {
    super(message);
  }
}
