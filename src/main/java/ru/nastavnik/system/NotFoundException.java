package ru.nastavnik.system;

/** Something addressed by id does not exist (or is not visible); answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
