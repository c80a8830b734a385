package ru.nastavnik.request;

/** Values of the routing flag {@code decision} set by the curator's review form. */
public final class ReviewDecision {
  public static final String ACCEPT = "ACCEPT";
  public static final String CLARIFY = "CLARIFY";
  public static final String REJECT = "REJECT";

  private ReviewDecision() {}
}
