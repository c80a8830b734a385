package ru.nastavnik.program;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code MentoringProgramProcess}: its id, activities, messages and typed
 * variables. Only ids and routing flags stay in the process; the form fields are read by the
 * delegates, then removed.
 */
public final class MentoringProgramProcess {

  public static final String ID = "MentoringProgramProcess";

  /** Starts the process: sent by pair formation once the director's order made the pair active. */
  public static final String MESSAGE_PAIR_ACTIVATED = "PairActivated";
  /** The curator ends the pair early: interrupts the program wherever it is. */
  public static final String MESSAGE_PAIR_ENDED_EARLY = "PairEndedEarly";

  public static final String START_PAIR_ACTIVATED = "StartEvent_PairActivated";
  public static final String TASK_DRAFT_PROGRAM = "UserTask_DraftProgram";
  public static final String TASK_REVIEW_PROGRAM = "UserTask_ReviewProgram";
  public static final String TASK_CORRECT_PROGRAM = "UserTask_CorrectProgram";
  public static final String TASK_ENTRY_SURVEY = "UserTask_EntrySurvey";
  public static final String TASK_HOLD_MEETING = "UserTask_HoldMeeting";
  public static final String TASK_MENTEE_FEEDBACK = "UserTask_MenteeFeedback";
  public static final String TASK_MENTOR_FEEDBACK = "UserTask_MentorFeedback";
  public static final String TASK_MENTOR_REPORT = "UserTask_MentorReport";
  public static final String TASK_MENTEE_REPORT = "UserTask_MenteeReport";
  public static final String TASK_FINAL_SURVEY = "UserTask_FinalSurvey";
  public static final String TASK_ASSESS_PROGRAM = "UserTask_AssessProgram";
  public static final String TASK_DECIDE_REWARD = "UserTask_DecideReward";
  public static final String SUBPROCESS_MEETING = "SubProcess_Meeting";
  public static final String BOUNDARY_MENTEE_FEEDBACK_OVERDUE = "BoundaryEvent_MenteeFeedbackOverdue";
  public static final String BOUNDARY_MENTOR_FEEDBACK_OVERDUE = "BoundaryEvent_MentorFeedbackOverdue";
  public static final String BOUNDARY_MENTEE_FEEDBACK_MISSED = "BoundaryEvent_MenteeFeedbackMissed";
  public static final String BOUNDARY_MENTOR_FEEDBACK_MISSED = "BoundaryEvent_MentorFeedbackMissed";
  public static final String END_PROGRAM_COMPLETED = "EndEvent_ProgramCompleted";
  public static final String END_PROGRAM_ENDED_EARLY = "EndEvent_ProgramEndedEarly";

  public static final Variable<String> INITIATOR = ProcessConvention.INITIATOR;
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;

  /** Start variables (the business key is the pair id). */
  public static final Variable<Long> PAIR_ID = Variable.id("pairId");
  public static final Variable<Long> REQUEST_ID = Variable.id("requestId");
  public static final Variable<String> MENTOR_LOGIN = Variable.text("mentorLogin");
  public static final Variable<String> MENTEE_LOGIN = Variable.text("menteeLogin");

  public static final Variable<Long> PROGRAM_ID = Variable.id("programId");
  /** The meetings in order: the collection of the sequential multi-instance subprocess. */
  public static final Variable<Object> MEETING_IDS = Variable.raw("meetingIds");
  /** The meeting of one instance of the subprocess (its element variable). */
  public static final Variable<Long> MEETING_ID = Variable.id("meetingId");

  /** Routing flags. */
  public static final Variable<Boolean> PROGRAM_APPROVED = Variable.flag("programApproved");
  public static final Variable<Boolean> REWARD_PROPOSED = Variable.flag("rewardProposed");
  /** The curator proposed the program to the bank of successful practices (also a field of the assessment form). */
  public static final Variable<Boolean> GOOD_PRACTICE = Variable.flag("goodPractice");

  /** Input parameters of the service tasks shared by both sides ({@link ProgramRole}) or both surveys ({@link SurveyKind}). */
  public static final Variable<String> AUTHOR = Variable.text("author");
  public static final Variable<String> SURVEY = Variable.text("survey");

  /** Variables of the early-end message, removed once read. */
  public static final Variable<String> END_REASON = Variable.text("endReason");
  public static final Variable<String> ENDED_BY = Variable.text("endedBy");

  /** Form fields of the program, removed once read. */
  public static final Variable<String> GOALS = Variable.text("goals");
  public static final Variable<String> TASKS = Variable.text("tasks");
  public static final Variable<String> PLANNED_RESULTS = Variable.text("plannedResults");
  public static final Variable<Object> DURATION_MONTHS = Variable.raw("durationMonths");
  public static final Variable<Object> ACQUAINTANCE_DATE = Variable.raw("acquaintanceDate");
  public static final Variable<Object> TRIAL_DATE = Variable.raw("trialDate");
  public static final Variable<Object> PLANNING_DATE = Variable.raw("planningDate");
  public static final Variable<String> WORKING_MEETINGS = Variable.text("workingMeetings");
  public static final Variable<Object> FINAL_DATE = Variable.raw("finalDate");
  public static final List<String> PROGRAM_FIELDS = List.of(GOALS.name(), TASKS.name(), PLANNED_RESULTS.name(),
      DURATION_MONTHS.name(), ACQUAINTANCE_DATE.name(), TRIAL_DATE.name(), PLANNING_DATE.name(), WORKING_MEETINGS.name(),
      FINAL_DATE.name());

  /** The curator's review of the program, a {@link ProgramDecision} name. */
  public static final Variable<String> PROGRAM_DECISION = Variable.text("programDecision");
  public static final Variable<String> REVIEW_COMMENT = Variable.text("reviewComment");

  /** Self-assessment: one number field per difficulty, {@code score_<competency code>} (or {@code score_OTHER}). */
  public static final String SCORE_PREFIX = "score_";

  /** A meeting and its feedback: held (on a date, with notes) or cancelled (with a reason), a {@link MeetingOutcome} name. */
  public static final Variable<String> MEETING_OUTCOME = Variable.text("meetingOutcome");
  public static final Variable<Object> HELD_ON = Variable.raw("heldOn");
  public static final Variable<String> MEETING_NOTES = Variable.text("meetingNotes");
  public static final Variable<String> CANCEL_REASON = Variable.text("cancelReason");
  public static final List<String> MEETING_FIELDS = List.of(MEETING_OUTCOME.name(), HELD_ON.name(), MEETING_NOTES.name(),
      CANCEL_REASON.name());
  /** Local to one meeting: routes to the feedback, and when it is due and escalated (dates from {@link FeedbackDeadline}). */
  public static final Variable<Boolean> MEETING_HELD = Variable.flag("meetingHeld");
  public static final Variable<Object> FEEDBACK_DUE = Variable.raw("feedbackDue");
  public static final Variable<Object> FEEDBACK_ESCALATION = Variable.raw("feedbackEscalation");
  public static final Variable<Object> FEEDBACK_RATING = Variable.raw("feedbackRating");
  public static final Variable<String> FEEDBACK_COMMENT = Variable.text("feedbackComment");

  /** Reflection and report of either side. */
  public static final Variable<String> REFLECTION = Variable.text("reflection");
  public static final Variable<String> REPORT = Variable.text("report");

  /** The curator's assessment. */
  public static final Variable<String> ASSESSMENT = Variable.text("assessment");
  public static final Variable<Object> ASSESSMENT_RATING = Variable.raw("assessmentRating");
  public static final Variable<String> FINAL_EVENT_KIND = Variable.text("finalEventKind");
  public static final Variable<Object> FINAL_EVENT_DATE = Variable.raw("finalEventDate");
  public static final Variable<String> FINAL_EVENT_NOTE = Variable.text("finalEventNote");
  public static final Variable<String> REWARD_PROPOSAL = Variable.text("rewardProposal");
  public static final List<String> ASSESSMENT_FIELDS = List.of(ASSESSMENT.name(), ASSESSMENT_RATING.name(),
      FINAL_EVENT_KIND.name(), FINAL_EVENT_DATE.name(), FINAL_EVENT_NOTE.name(), GOOD_PRACTICE.name(),
      REWARD_PROPOSAL.name());

  /** The director's decision on the reward, a {@link RewardDecision} name. */
  public static final Variable<String> REWARD_DECISION = Variable.text("rewardDecision");
  public static final Variable<String> REWARD_COMMENT = Variable.text("rewardComment");

  /** Task-local, for display. */
  public static final Variable<String> PROGRAM_SUMMARY = Variable.text("programSummary");
  public static final Variable<String> MEETING_INFO = Variable.text("meetingInfo");
  public static final Variable<String> SURVEY_ITEMS = Variable.text("surveyItems");
  /** The codes of the difficulties to assess: the self-assessment form shows only their fields. */
  public static final Variable<Object> DIFFICULTIES = Variable.raw("difficulties");

  private MentoringProgramProcess() {}
}
