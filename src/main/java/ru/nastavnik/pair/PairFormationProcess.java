package ru.nastavnik.pair;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code PairFormationProcess}: its id, activities, messages and typed variables.
 * Only ids and routing flags stay in the process; the form fields are read by the delegates, then removed.
 */
public final class PairFormationProcess {

  public static final String ID = "PairFormationProcess";

  /** Starts the process: sent when a request enters the bank or a pair ends early. */
  public static final String MESSAGE_PAIR_SEARCH_REQUESTED = "PairSearchRequested";
  /** Joins a waiting request to the group of a mentor chosen for another request. */
  public static final String MESSAGE_MENTOR_GROUP_CHOSEN = "MentorGroupChosen";
  /**
   * Sent once the director's order made the pair active: starts its mentoring program (a message
   * of {@code MentoringProgramProcess}, not of this model).
   */
  public static final String PAIR_ACTIVATED = "PairActivated";

  public static final String START_PAIR_SEARCH_REQUESTED = "StartEvent_PairSearchRequested";
  public static final String SERVICE_FIND_CANDIDATES = "ServiceTask_FindCandidates";
  public static final String GATEWAY_MENTOR_FOUND = "Gateway_MentorFound";
  public static final String TASK_CHOOSE_MENTOR = "UserTask_ChooseMentor";
  public static final String BOUNDARY_JOINED_GROUP = "BoundaryEvent_JoinedGroup";
  public static final String SERVICE_PROPOSE_PAIR = "ServiceTask_ProposePair";
  public static final String GATEWAY_MENTOR_CHOSEN = "Gateway_MentorChosen";
  public static final String TASK_MENTOR_CONFIRMS = "UserTask_MentorConfirms";
  public static final String BOUNDARY_MENTOR_REMINDER = "BoundaryEvent_MentorReminder";
  public static final String BOUNDARY_MENTOR_SILENT = "BoundaryEvent_MentorSilent";
  public static final String SERVICE_REMIND_MENTOR = "ServiceTask_RemindMentor";
  public static final String END_MENTOR_REMINDED = "EndEvent_MentorReminded";
  public static final String SERVICE_MARK_MENTOR_SILENT = "ServiceTask_MarkMentorSilent";
  public static final String SERVICE_RECORD_MENTOR_ANSWER = "ServiceTask_RecordMentorAnswer";
  public static final String GATEWAY_MENTOR_ACCEPTED = "Gateway_MentorAccepted";
  public static final String TASK_MENTEE_CONFIRMS = "UserTask_MenteeConfirms";
  public static final String SERVICE_RECORD_MENTEE_ANSWER = "ServiceTask_RecordMenteeAnswer";
  public static final String GATEWAY_MENTEE_ACCEPTED = "Gateway_MenteeAccepted";
  public static final String TASK_ISSUE_ORDER = "UserTask_IssueOrder";
  public static final String SERVICE_ACTIVATE_PAIR = "ServiceTask_ActivatePair";
  public static final String END_PAIR_FORMED = "EndEvent_PairFormed";
  public static final String END_NO_MENTOR_THIS_YEAR = "EndEvent_NoMentorThisYear";
  public static final String TASK_RECORD_SUPPORT = "UserTask_RecordSupport";
  public static final String SERVICE_RECORD_SUPPORT = "ServiceTask_RecordSupport";
  public static final String TIMER_RETRY_SEARCH = "TimerEvent_RetrySearch";

  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<Long> REQUEST_ID = Variable.id("requestId");
  public static final Variable<String> MENTEE_LOGIN = Variable.text("menteeLogin");
  public static final Variable<Long> PAIR_ID = Variable.id("pairId");
  public static final Variable<String> MENTOR_LOGIN = Variable.text("mentorLogin");
  /** The pair a request joins as a group member (set by {@link #MESSAGE_MENTOR_GROUP_CHOSEN}). */
  public static final Variable<Long> GROUP_LEAD_PAIR_ID = Variable.id("groupLeadPairId");

  /** Routing flags. */
  public static final Variable<Boolean> CANDIDATES_FOUND = Variable.flag("candidatesFound");
  public static final Variable<Boolean> ACADEMIC_YEAR_OVER = Variable.flag("academicYearOver");
  public static final Variable<Boolean> SUPPORT_RECORDED = Variable.flag("supportRecorded");
  public static final Variable<Boolean> MENTOR_CHOSEN = Variable.flag("mentorChosen");
  /** The side's answer, a {@link PairAnswer}: the form sends it as a flag, the gateways route on it. */
  public static final Variable<Object> ACCEPTED = Variable.raw("accepted");

  /** Form fields, removed once read. */
  public static final Variable<String> MENTOR_PROFILE_ID = Variable.text("mentorProfileId");
  public static final Variable<Object> GROUP_REQUESTS = Variable.raw("groupRequests");
  /** Mentors the curator takes out of this request's candidates, and why. */
  public static final Variable<Object> EXCLUDED_MENTORS = Variable.raw("excludedMentors");
  public static final Variable<Object> EXCLUSION_REASON = Variable.raw("exclusionReason");
  public static final Variable<String> COMMENT = Variable.text("comment");
  public static final Variable<String> SUPPORT_NOTE = Variable.text("supportNote");
  public static final Variable<String> ORDER_NUMBER = Variable.text("orderNumber");
  public static final Variable<Object> ORDER_DATE = Variable.raw("orderDate");
  public static final List<String> CHOICE_FIELDS = List.of(MENTOR_PROFILE_ID.name(), GROUP_REQUESTS.name(),
      GROUP_LEAD_PAIR_ID.name(), EXCLUDED_MENTORS.name(), EXCLUSION_REASON.name());
  public static final List<String> ORDER_FIELDS = List.of(ORDER_NUMBER.name(), ORDER_DATE.name());

  /** Input parameter of the answer service tasks: whose answer they record ({@code MENTOR} or {@code MENTEE}). */
  public static final Variable<String> ANSWER_OF = Variable.text("answerOf");

  /** Task-local, for display. */
  public static final Variable<String> CANDIDATES_SUMMARY = Variable.text("candidatesSummary");
  public static final Variable<Object> CANDIDATE_OPTIONS = Variable.raw("candidateOptions");
  public static final Variable<Object> GROUP_OPTIONS = Variable.raw("groupOptions");
  public static final Variable<Object> EXCLUDE_OPTIONS = Variable.raw("excludeOptions");
  public static final Variable<String> PAIR_SUMMARY = Variable.text("pairSummary");

  private PairFormationProcess() {}
}
