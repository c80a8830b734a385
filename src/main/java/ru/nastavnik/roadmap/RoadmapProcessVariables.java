package ru.nastavnik.roadmap;

/** Variable names of {@code RoadmapProcess}: the roadmap id, its owner's code and the timer dates. */
public final class RoadmapProcessVariables {

  public static final String PROCESS_ID = "RoadmapProcess";
  /** Starts the process once the import is confirmed; the business key is the roadmap id. */
  public static final String MESSAGE_ROADMAP_CONFIRMED = "RoadmapConfirmed";

  public static final String ROADMAP_ID = "roadmapId";
  public static final String ORGANIZATION_CODE = "organizationCode";

  /** Routing: occurrences still to become relevant, and when the next one does. */
  public static final String PENDING_OCCURRENCES = "pendingOccurrences";
  public static final String NEXT_ACTIVATION_AT = "nextActivationAt";
  /** The end of the roadmap's last day. */
  public static final String PERIOD_END_AT = "periodEndAt";

  private RoadmapProcessVariables() {}
}
