package ru.nastavnik.pair;

/**
 * A side's answer to the proposed pair, the field {@code accepted} of the confirmation form
 * ({@code "true"} or {@code "false"}): anything but agreement is a refusal, which needs a reason.
 */
public enum PairAnswer {
  ACCEPT,
  REFUSE;

  /** The answer submitted by the form. */
  public static PairAnswer parse(Object value) {
    return "true".equals(String.valueOf(value)) ? ACCEPT : REFUSE;
  }

  /** The routing flag of the process's gateways. */
  public boolean accepted() {
    return this == ACCEPT;
  }
}
