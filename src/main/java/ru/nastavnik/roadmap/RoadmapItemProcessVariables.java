package ru.nastavnik.roadmap;

import java.util.List;

/** Variable names of {@code RoadmapItemProcess} (one occurrence of a roadmap item). */
public final class RoadmapItemProcessVariables {

  public static final String PROCESS_ID = "RoadmapItemProcess";
  /** Ends a running occurrence when its roadmap's period is over (correlated by {@link #ROADMAP_ID}). */
  public static final String MESSAGE_ROADMAP_CLOSED = "RoadmapClosed";

  public static final String OCCURRENCE_ID = "occurrenceId";
  public static final String ROADMAP_ID = "roadmapId";
  /** The responsible organization: its time zone counts the working days, its municipality may watch. */
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String RESPONSIBLE_GROUP = "responsibleGroup";
  public static final String ESCALATION_GROUP = "escalationGroup";

  /** Routing: false for an on-demand item until the responsible sets the date. */
  public static final String DATE_KNOWN = "dateKnown";
  /** Timer and task dates (java.util.Date). */
  public static final String DUE_AT = "dueAt";
  public static final String FIRST_REMINDER_AT = "firstReminderAt";
  public static final String LAST_REMINDER_AT = "lastReminderAt";
  public static final String RELEVANT_AT = "relevantAt";

  /** Input parameter of the reminder service tasks: {@code WEEK_BEFORE} or {@code DAY_BEFORE}. */
  public static final String REMINDER = "reminder";

  /** Form fields, removed once read. */
  public static final String PLANNED_DATE = "plannedDate";
  public static final String DOCUMENT_KIND = "documentKind";
  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String DOCUMENT_DATE = "documentDate";
  public static final String DOCUMENT_LINK = "documentLink";
  public static final String INDICATOR_VALUE = "indicatorValue";
  public static final String COMMENT = "comment";
  public static final String MEASURES = "measures";
  public static final List<String> RESULT_FIELDS = List.of(DOCUMENT_KIND, DOCUMENT_NUMBER, DOCUMENT_DATE, DOCUMENT_LINK,
      INDICATOR_VALUE, COMMENT);

  /** Task-local, for display. */
  public static final String ITEM_SUMMARY = "itemSummary";
  public static final String ASK_VALUE = "askValue";
  public static final String CHECK_IN = "checkIn";

  private RoadmapItemProcessVariables() {}
}
