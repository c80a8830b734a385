package ru.nastavnik.request;

import java.util.List;

/** Variable names of {@code MentoringRequestProcess}. Only ids and routing flags stay in the process. */
public final class MentoringRequestProcessVariables {

  public static final String PROCESS_ID = "MentoringRequestProcess";

  public static final String INITIATOR = "initiator";
  public static final String REQUEST_ID = "requestId";
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String MENTEE_LOGIN = "menteeLogin";
  public static final String LATE = "late";
  public static final String DECISION = "decision";

  /** Fields of the request forms: read by the delegates, then removed from the process. */
  public static final String DIFFICULTIES = "difficulties";
  public static final String OTHER_DIFFICULTY = "otherDifficulty";
  public static final String SUBJECT = "subject";
  public static final String DESIRED_FORM = "desiredForm";
  public static final String CURATOR_COMMENT = "curatorComment";
  public static final String CATEGORY = "category";
  public static final List<String> FORM_FIELDS = List.of(DIFFICULTIES, OTHER_DIFFICULTY, SUBJECT, DESIRED_FORM,
      CURATOR_COMMENT, CATEGORY);

  /** Task-local, for display in the review and clarification forms. */
  public static final String REQUEST_SUMMARY = "requestSummary";

  private MentoringRequestProcessVariables() {}
}
