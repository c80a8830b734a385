package ru.nastavnik.request;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code MentoringRequestProcess}: its id, activities and typed variables. Only ids
 * and routing flags stay in the process; the form fields are read by the delegates, then removed.
 */
public final class MentoringRequestProcess {

  public static final String ID = "MentoringRequestProcess";

  public static final String START_REQUEST_FILED = "StartEvent_RequestFiled";
  public static final String TASK_REVIEW = "UserTask_ReviewRequest";
  public static final String TASK_CLARIFY = "UserTask_ClarifyRequest";
  public static final String TIMER_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
  public static final String END_ACCEPTED = "EndEvent_RequestAccepted";
  public static final String END_REJECTED = "EndEvent_RequestRejected";

  public static final Variable<String> INITIATOR = ProcessConvention.INITIATOR;
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<Long> REQUEST_ID = Variable.id("requestId");
  public static final Variable<String> MENTEE_LOGIN = Variable.text("menteeLogin");
  public static final Variable<Boolean> LATE = Variable.flag("late");
  /** The curator's decision, a {@link ReviewDecision} name: the gateway routes on it. */
  public static final Variable<String> DECISION = Variable.text("decision");

  /** Fields of the request forms. */
  public static final Variable<Object> DIFFICULTIES = Variable.raw("difficulties");
  public static final Variable<String> OTHER_DIFFICULTY = Variable.text("otherDifficulty");
  public static final Variable<String> SUBJECT = Variable.text("subject");
  public static final Variable<String> DESIRED_FORM = Variable.text("desiredForm");
  public static final Variable<String> CURATOR_COMMENT = Variable.text("curatorComment");
  public static final Variable<String> CATEGORY = Variable.text("category");
  public static final List<String> FORM_FIELDS = List.of(DIFFICULTIES.name(), OTHER_DIFFICULTY.name(), SUBJECT.name(),
      DESIRED_FORM.name(), CURATOR_COMMENT.name(), CATEGORY.name());

  /** Task-local, for display in the review and clarification forms. */
  public static final Variable<String> REQUEST_SUMMARY = Variable.text("requestSummary");

  private MentoringRequestProcess() {}
}
