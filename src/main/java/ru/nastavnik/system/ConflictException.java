package ru.nastavnik.system;

/**
 * The request collides with what already exists or with what someone else did first (a login
 * taken, a task completed by a colleague); answered with 409 and the Russian message.
 */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
