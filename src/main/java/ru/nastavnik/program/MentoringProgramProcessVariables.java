package ru.nastavnik.program;

import java.util.List;
import ru.nastavnik.pair.PairFormationProcess;

/** Variable names of {@code MentoringProgramProcess}. Only ids and routing flags stay in the process. */
public final class MentoringProgramProcessVariables {

  public static final String PROCESS_ID = "MentoringProgramProcess";
  /** Starts the process: sent by pair formation once the director's order made the pair active. */
  public static final String MESSAGE_PAIR_ACTIVATED = PairFormationProcess.PAIR_ACTIVATED;
  /** The curator ends the pair early: interrupts the program wherever it is. */
  public static final String MESSAGE_PAIR_ENDED_EARLY = "PairEndedEarly";

  /** Start variables (the business key is the pair id). */
  public static final String PAIR_ID = "pairId";
  public static final String REQUEST_ID = "requestId";
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String MENTOR_LOGIN = "mentorLogin";
  public static final String MENTEE_LOGIN = "menteeLogin";

  public static final String PROGRAM_ID = "programId";
  /** The meetings in order: the collection of the sequential multi-instance subprocess. */
  public static final String MEETING_IDS = "meetingIds";
  /** The meeting of one instance of the subprocess (its element variable). */
  public static final String MEETING_ID = "meetingId";

  /** Routing flags. */
  public static final String PROGRAM_APPROVED = "programApproved";
  public static final String REWARD_PROPOSED = "rewardProposed";
  /** The curator proposed the program to the bank of successful practices (also a field of the assessment form). */
  public static final String GOOD_PRACTICE = "goodPractice";

  /** Input parameters of the service tasks shared by both sides or both surveys. */
  public static final String AUTHOR = "author";
  public static final String SURVEY = "survey";

  /** Variables of the early-end message, removed once read. */
  public static final String END_REASON = "endReason";
  public static final String ENDED_BY = "endedBy";

  /** Form fields of the program, removed once read. */
  public static final String GOALS = "goals";
  public static final String TASKS = "tasks";
  public static final String PLANNED_RESULTS = "plannedResults";
  public static final String DURATION_MONTHS = "durationMonths";
  public static final String ACQUAINTANCE_DATE = "acquaintanceDate";
  public static final String TRIAL_DATE = "trialDate";
  public static final String PLANNING_DATE = "planningDate";
  public static final String WORKING_MEETINGS = "workingMeetings";
  public static final String FINAL_DATE = "finalDate";
  public static final List<String> PROGRAM_FIELDS = List.of(GOALS, TASKS, PLANNED_RESULTS, DURATION_MONTHS,
      ACQUAINTANCE_DATE, TRIAL_DATE, PLANNING_DATE, WORKING_MEETINGS, FINAL_DATE);

  /** The curator's review of the program. */
  public static final String PROGRAM_DECISION = "programDecision";
  public static final String REVIEW_COMMENT = "reviewComment";

  /** Self-assessment: one number field per difficulty, {@code score_<competency code>} (or {@code score_OTHER}). */
  public static final String SCORE_PREFIX = "score_";

  /** A meeting and its feedback: held (on a date, with notes) or cancelled (with a reason). */
  public static final String MEETING_OUTCOME = "meetingOutcome";
  public static final String OUTCOME_HELD = "HELD";
  public static final String OUTCOME_CANCELLED = "CANCELLED";
  public static final String HELD_ON = "heldOn";
  public static final String CANCEL_REASON = "cancelReason";
  public static final List<String> MEETING_FIELDS = List.of("meetingOutcome", "heldOn", "meetingNotes", "cancelReason");
  /** Local to one meeting: routes to the feedback, and when it is due and escalated (dates from {@link FeedbackDeadline}). */
  public static final String MEETING_HELD = "meetingHeld";
  public static final String FEEDBACK_DUE = "feedbackDue";
  public static final String FEEDBACK_ESCALATION = "feedbackEscalation";
  public static final String MEETING_NOTES = "meetingNotes";
  public static final String FEEDBACK_RATING = "feedbackRating";
  public static final String FEEDBACK_COMMENT = "feedbackComment";

  /** Reflection and report of either side. */
  public static final String REFLECTION = "reflection";
  public static final String REPORT = "report";

  /** The curator's assessment. */
  public static final String ASSESSMENT = "assessment";
  public static final String ASSESSMENT_RATING = "assessmentRating";
  public static final String FINAL_EVENT_KIND = "finalEventKind";
  public static final String FINAL_EVENT_DATE = "finalEventDate";
  public static final String FINAL_EVENT_NOTE = "finalEventNote";
  public static final String REWARD_PROPOSAL = "rewardProposal";
  public static final List<String> ASSESSMENT_FIELDS = List.of(ASSESSMENT, ASSESSMENT_RATING, FINAL_EVENT_KIND,
      FINAL_EVENT_DATE, FINAL_EVENT_NOTE, GOOD_PRACTICE, REWARD_PROPOSAL);

  /** The director's decision on the reward. */
  public static final String REWARD_DECISION = "rewardDecision";
  public static final String REWARD_COMMENT = "rewardComment";

  /** Task-local, for display. */
  public static final String PROGRAM_SUMMARY = "programSummary";
  public static final String MEETING_INFO = "meetingInfo";
  public static final String SURVEY_ITEMS = "surveyItems";
  /** The codes of the difficulties to assess: the self-assessment form shows only their fields. */
  public static final String DIFFICULTIES = "difficulties";

  /** User tasks the task listener treats specially. */
  public static final String TASK_HOLD_MEETING = "UserTask_HoldMeeting";
  public static final String TASK_CORRECT_PROGRAM = "UserTask_CorrectProgram";
  public static final String TASK_MENTEE_FEEDBACK = "UserTask_MenteeFeedback";
  public static final String TASK_MENTOR_FEEDBACK = "UserTask_MentorFeedback";
  public static final String TASK_ENTRY_SURVEY = "UserTask_EntrySurvey";
  public static final String TASK_FINAL_SURVEY = "UserTask_FinalSurvey";

  private MentoringProgramProcessVariables() {}
}
