package ru.nastavnik.roadmap;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code RoadmapImportProcess}: its id, activities and typed variables. The upload
 * under review (file and period) stays until the roadmap is stored or the import is cancelled;
 * otherwise only codes and routing flags.
 */
public final class RoadmapImportProcess {

  public static final String ID = "RoadmapImportProcess";

  public static final String START_ROADMAP_UPLOADED = "StartEvent_RoadmapUploaded";
  public static final String SERVICE_READ_ROADMAP = "ServiceTask_ReadRoadmap";
  public static final String TASK_REVIEW_ROADMAP = "UserTask_ReviewRoadmap";
  public static final String TIMER_REVIEW_EXPIRED = "BoundaryEvent_ReviewExpired";
  public static final String SERVICE_APPLY_IMPORT_DECISION = "ServiceTask_ApplyImportDecision";
  public static final String GATEWAY_CONFIRMED = "Gateway_Confirmed";
  public static final String SERVICE_START_ROADMAP = "ServiceTask_StartRoadmap";
  public static final String END_ROADMAP_STARTED = "EndEvent_RoadmapStarted";
  public static final String END_IMPORT_CANCELLED = "EndEvent_ImportCancelled";
  public static final String END_IMPORT_EXPIRED = "EndEvent_ImportExpired";

  public static final Variable<String> INITIATOR = ProcessConvention.INITIATOR;

  /** The start form: the document (a File variable), the period, optionally whose roadmap it is. */
  public static final Variable<Object> ROADMAP_FILE = Variable.raw("roadmapFile");
  public static final Variable<Object> PERIOD_START = Variable.raw("periodStart");
  public static final Variable<Object> PERIOD_END = Variable.raw("periodEnd");
  public static final Variable<String> OWNER_CODE = Variable.text("ownerCode");

  /** Set by reading: the owning organization, the scope and the group that reviews. */
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<String> ROADMAP_SCOPE = Variable.text("roadmapScope");
  public static final Variable<String> REVIEWER_GROUP = Variable.text("reviewerGroup");

  /**
   * Fields of the review form: the decision (an {@link ImportDecision} name), whether past
   * deadlines run too, the reviewer's corrections (JSON rows {@code position}, {@code dueDate},
   * {@code executors}), the roadmap's title, the confirmation that a document naming another
   * owner is the organization's own, and the items linked to facts the system records (JSON rows
   * {@code position}, {@code fact} — a {@link SystemFact} name or null; the form pre-fills the
   * reader's proposals; not sent: no item is linked).
   */
  public static final Variable<String> DECISION = Variable.text("decision");
  public static final Variable<Object> CORRECTIONS = Variable.raw("corrections");
  public static final Variable<Object> INCLUDE_PAST = Variable.raw("includePast");
  public static final Variable<Object> ROADMAP_TITLE = Variable.raw("roadmapTitle");
  public static final Variable<Object> OWNER_CONFIRMED = Variable.raw("ownerConfirmed");
  public static final Variable<Object> FACT_LINKS = Variable.raw("factLinks");
  public static final List<String> REVIEW_FIELDS = List.of(DECISION.name(), CORRECTIONS.name(), INCLUDE_PAST.name(),
      ROADMAP_TITLE.name(), OWNER_CONFIRMED.name(), FACT_LINKS.name());

  /** Routing flag and the result. */
  public static final Variable<Boolean> CONFIRMED = Variable.flag("confirmed");
  public static final Variable<Long> ROADMAP_ID = Variable.id("roadmapId");

  /** Task-local, for the review form: figures, items, warnings and the rows to complete (pre-filled). */
  public static final Variable<Object> ROADMAP_SUMMARY = Variable.raw("roadmapSummary");
  public static final Variable<Object> ROADMAP_ITEMS = Variable.raw("roadmapItems");
  public static final Variable<Object> ROADMAP_WARNINGS = Variable.raw("roadmapWarnings");
  public static final Variable<Object> CORRECTION_ROWS = Variable.raw("correctionRows");

  private RoadmapImportProcess() {}
}
