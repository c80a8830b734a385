package ru.nastavnik.practice;

import java.util.List;

/** Variable names of {@code PracticeReviewProcess}. Only ids and routing flags stay in the process. */
public final class PracticeReviewProcessVariables {

  public static final String PROCESS_ID = "PracticeReviewProcess";
  /** Starts the process: sent when a completed program flagged as a good practice is proposed to the bank. */
  public static final String MESSAGE_PRACTICE_PROPOSED = "PracticeProposed";

  /** Start variables (the business key is the practice id). */
  public static final String PRACTICE_ID = "practiceId";
  public static final String PROGRAM_ID = "programId";
  /** The organization of the program: its curators revise, the working days are counted in its municipality. */
  public static final String ORGANIZATION_CODE = "organizationCode";
  /** The municipality: its coordinators review ({@code coordinators-${municipalityCode}}). */
  public static final String MUNICIPALITY_CODE = "municipalityCode";

  /** The coordinator's decision: also the routing flag of the gateway after the review. */
  public static final String PRACTICE_DECISION = "practiceDecision";
  public static final String PUBLISH = "PUBLISH";
  public static final String RETURN = "RETURN";
  public static final String REJECT = "REJECT";

  /** Form fields (pre-filled as task-local variables), removed once read. */
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final List<String> EDITABLE_FIELDS = List.of(TITLE, DESCRIPTION);
  public static final List<String> REVIEW_FIELDS = List.of(TITLE, DESCRIPTION, REVIEW_COMMENT);

  /** Task-local, for display. */
  public static final String PRACTICE_SUMMARY = "practiceSummary";

  /** User tasks. */
  public static final String TASK_REVIEW = "UserTask_ReviewPractice";
  public static final String TASK_REVISE = "UserTask_RevisePractice";

  private PracticeReviewProcessVariables() {}
}
