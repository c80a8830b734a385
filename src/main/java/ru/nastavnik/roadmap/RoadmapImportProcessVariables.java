package ru.nastavnik.roadmap;

import java.util.List;

/**
 * Variable names of {@code RoadmapImportProcess}. The upload under review (file and period) stays
 * until the roadmap is stored or the import is cancelled; otherwise only codes and routing flags.
 */
public final class RoadmapImportProcessVariables {

  public static final String PROCESS_ID = "RoadmapImportProcess";

  public static final String INITIATOR = "initiator";

  /** The start form: the document (a File variable), the period, optionally whose roadmap it is. */
  public static final String ROADMAP_FILE = "roadmapFile";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String OWNER_CODE = "ownerCode";

  /** Set by reading: the owning organization, the scope and the group that reviews. */
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String ROADMAP_SCOPE = "roadmapScope";
  public static final String REVIEWER_GROUP = "reviewerGroup";

  /**
   * Fields of the review form: the decision, whether past deadlines run too, the reviewer's
   * corrections (JSON rows {@code position}, {@code dueDate}, {@code executors}), the roadmap's
   * title and the confirmation that a document naming another owner is the organization's own.
   */
  public static final String DECISION = "decision";
  public static final String CORRECTIONS = "corrections";
  public static final String INCLUDE_PAST = "includePast";
  public static final String ROADMAP_TITLE = "roadmapTitle";
  public static final String OWNER_CONFIRMED = "ownerConfirmed";
  public static final List<String> REVIEW_FIELDS = List.of(DECISION, CORRECTIONS, INCLUDE_PAST, ROADMAP_TITLE, OWNER_CONFIRMED);

  /** Decisions of the review. */
  public static final String CONFIRM = "CONFIRM";
  public static final String CANCEL = "CANCEL";

  /** Routing flag and the result. */
  public static final String CONFIRMED = "confirmed";
  public static final String ROADMAP_ID = "roadmapId";

  /** Task-local, for the review form: figures, items, warnings and the rows to complete (pre-filled). */
  public static final String ROADMAP_SUMMARY = "roadmapSummary";
  public static final String ROADMAP_ITEMS = "roadmapItems";
  public static final String ROADMAP_WARNINGS = "roadmapWarnings";
  public static final String CORRECTION_ROWS = "correctionRows";

  private RoadmapImportProcessVariables() {}
}
