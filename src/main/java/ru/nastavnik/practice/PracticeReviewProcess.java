package ru.nastavnik.practice;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code PracticeReviewProcess}: its id, activities, message and typed variables.
 * Only ids and routing flags stay in the process; the form fields are read by the delegates, then removed.
 */
public final class PracticeReviewProcess {

  public static final String ID = "PracticeReviewProcess";
  /** Starts the process: sent when a completed program flagged as a good practice is proposed to the bank. */
  public static final String MESSAGE_PRACTICE_PROPOSED = "PracticeProposed";

  public static final String START_PRACTICE_PROPOSED = "StartEvent_PracticeProposed";
  public static final String TASK_REVIEW = "UserTask_ReviewPractice";
  public static final String TASK_REVISE = "UserTask_RevisePractice";
  public static final String TIMER_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
  public static final String END_PUBLISHED = "EndEvent_PracticePublished";
  public static final String END_REJECTED = "EndEvent_PracticeRejected";

  public static final Variable<String> INITIATOR = ProcessConvention.INITIATOR;
  /** The organization of the program: its curators revise, the working days are counted in its municipality. */
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;

  /** Start variables (the business key is the practice id). */
  public static final Variable<Long> PRACTICE_ID = Variable.id("practiceId");
  public static final Variable<Long> PROGRAM_ID = Variable.id("programId");
  /** The municipality: its coordinators review ({@code coordinators-${municipalityCode}}). */
  public static final Variable<String> MUNICIPALITY_CODE = Variable.text("municipalityCode");

  /** The coordinator's decision, a {@link PracticeDecision} name: also the routing flag of the gateway after the review. */
  public static final Variable<String> PRACTICE_DECISION = Variable.text("practiceDecision");

  /** Form fields (pre-filled as task-local variables), removed once read. */
  public static final Variable<String> TITLE = Variable.text("title");
  public static final Variable<String> DESCRIPTION = Variable.text("description");
  public static final Variable<String> REVIEW_COMMENT = Variable.text("reviewComment");
  public static final List<String> EDITABLE_FIELDS = List.of(TITLE.name(), DESCRIPTION.name());
  public static final List<String> REVIEW_FIELDS = List.of(TITLE.name(), DESCRIPTION.name(), REVIEW_COMMENT.name());

  /** Task-local, for display. */
  public static final Variable<String> PRACTICE_SUMMARY = Variable.text("practiceSummary");

  private PracticeReviewProcess() {}
}
