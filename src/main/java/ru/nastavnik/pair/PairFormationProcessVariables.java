package ru.nastavnik.pair;

/** Variable names of {@code PairFormationProcess}. Only ids and routing flags stay in the process. */
public final class PairFormationProcessVariables {

  public static final String PROCESS_ID = "PairFormationProcess";
  /** Starts the process: sent when a request enters the bank or a pair ends early. */
  public static final String MESSAGE_PAIR_SEARCH_REQUESTED = "PairSearchRequested";
  /** Sent once the director's order made the pair active: starts its mentoring program. */
  public static final String MESSAGE_PAIR_ACTIVATED = "PairActivated";

  public static final String REQUEST_ID = "requestId";
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String MENTEE_LOGIN = "menteeLogin";
  public static final String PAIR_ID = "pairId";
  public static final String MENTOR_LOGIN = "mentorLogin";

  /** Joins a waiting request to the group of a mentor chosen for another request. */
  public static final String MESSAGE_MENTOR_GROUP_CHOSEN = "MentorGroupChosen";
  /** The pair a request joins as a group member (set by the message above). */
  public static final String GROUP_LEAD_PAIR_ID = "groupLeadPairId";

  /** Routing flags. */
  public static final String CANDIDATES_FOUND = "candidatesFound";
  public static final String ACADEMIC_YEAR_OVER = "academicYearOver";
  public static final String SUPPORT_RECORDED = "supportRecorded";
  public static final String MENTOR_CHOSEN = "mentorChosen";
  public static final String ACCEPTED = "accepted";

  /** Form fields, removed once read. */
  public static final String MENTOR_PROFILE_ID = "mentorProfileId";
  public static final String GROUP_REQUESTS = "groupRequests";
  /** Mentors the curator takes out of this request's candidates, and why. */
  public static final String EXCLUDED_MENTORS = "excludedMentors";
  public static final String EXCLUSION_REASON = "exclusionReason";
  public static final String COMMENT = "comment";
  public static final String SUPPORT_NOTE = "supportNote";
  public static final String ORDER_NUMBER = "orderNumber";
  public static final String ORDER_DATE = "orderDate";

  /** Input parameter of the answer service tasks: whose answer they record ({@code MENTOR} or {@code MENTEE}). */
  public static final String ANSWER_OF = "answerOf";

  /** Task-local, for display. */
  public static final String CANDIDATES_SUMMARY = "candidatesSummary";
  public static final String CANDIDATE_OPTIONS = "candidateOptions";
  public static final String GROUP_OPTIONS = "groupOptions";
  public static final String EXCLUDE_OPTIONS = "excludeOptions";
  public static final String PAIR_SUMMARY = "pairSummary";

  private PairFormationProcessVariables() {}
}
