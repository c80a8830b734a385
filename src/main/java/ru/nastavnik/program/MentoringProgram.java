package ru.nastavnik.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.system.BusinessRuleException;

/**
 * The personalized mentoring program of an active pair (персонализированная программа
 * наставничества): goals, tasks, planned results, duration and the meeting plan, then the
 * self-assessments, reports, the curator's assessment, the final event and the reward proposal.
 */
@Entity
@Table(name = "mentoring_program")
public class MentoringProgram {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pair_id")
  private MentoringPair pair;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ProgramStatus status;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(length = 4000)
  private String goals;

  @Column(length = 4000)
  private String tasks;

  @Column(name = "planned_results", length = 4000)
  private String plannedResults;

  @Column(name = "duration_months")
  private Integer durationMonths;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "entry_survey_at")
  private Instant entrySurveyAt;

  @Column(name = "final_survey_at")
  private Instant finalSurveyAt;

  @Column(name = "mentor_reflection", length = 4000)
  private String mentorReflection;

  @Column(name = "mentor_report", length = 4000)
  private String mentorReport;

  @Column(name = "mentor_report_at")
  private Instant mentorReportAt;

  @Column(name = "mentee_reflection", length = 4000)
  private String menteeReflection;

  @Column(name = "mentee_report", length = 4000)
  private String menteeReport;

  @Column(name = "mentee_report_at")
  private Instant menteeReportAt;

  @Column(name = "curator_assessment", length = 4000)
  private String curatorAssessment;

  @Column(name = "curator_rating")
  private Integer curatorRating;

  @Column(name = "assessed_by", length = 64)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "final_event_kind", length = 40)
  private FinalEventKind finalEventKind;

  @Column(name = "final_event_date")
  private LocalDate finalEventDate;

  @Column(name = "final_event_note", length = 1000)
  private String finalEventNote;

  /** The curator rates the program a good practice: it is proposed to the bank of successful practices. */
  @Column(name = "good_practice", nullable = false)
  private boolean goodPractice;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "reward_status", nullable = false, length = 40)
  private RewardStatus rewardStatus;

  @Column(name = "reward_proposal", length = 2000)
  private String rewardProposal;

  @Column(name = "reward_comment", length = 2000)
  private String rewardComment;

  @Column(name = "reward_decided_by", length = 64)
  private String rewardDecidedBy;

  @Column(name = "reward_decided_at")
  private Instant rewardDecidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 2000)
  private String endReason;

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<ProgramMeeting> meetings = new ArrayList<>();

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<SurveyItem> surveyItems = new ArrayList<>();

  protected MentoringProgram() {}

  MentoringProgram(MentoringPair pair, LocalDate startsOn, Instant now) {
    this.pair = pair;
    this.organization = pair.getOrganization();
    this.startsOn = startsOn;
    this.createdAt = now;
    this.status = ProgramStatus.DRAFT;
    this.rewardStatus = RewardStatus.NOT_PROPOSED;
  }

  void addSurveyItem(String code, String title) {
    surveyItems.add(new SurveyItem(this, surveyItems.size() + 1, code, title));
  }

  void submit(String goals, String tasks, String plannedResults, int durationMonths, List<MeetingSchedule.Planned> plan,
      String by, Instant at) {
    this.goals = goals;
    this.tasks = tasks;
    this.plannedResults = plannedResults;
    this.durationMonths = durationMonths;
    this.submittedBy = by;
    this.submittedAt = at;
    this.status = ProgramStatus.SUBMITTED;
    // Rows are re-planned in place: deleting and re-inserting the same sequence numbers would
    // break the unique (program, seq) key, as Hibernate inserts before it deletes.
    for (int i = 0; i < plan.size(); i++) {
      MeetingSchedule.Planned planned = plan.get(i);
      if (i < meetings.size()) {
        meetings.get(i).replan(planned.kind(), planned.topic(), planned.date());
      } else {
        meetings.add(new ProgramMeeting(this, i + 1, planned.kind(), planned.topic(), planned.date()));
      }
    }
    while (meetings.size() > plan.size()) {
      meetings.remove(meetings.size() - 1);
    }
  }

  /** The mentor may (re)submit only a draft or a returned program. */
  void requireDraft() {
    if (status != ProgramStatus.DRAFT && status != ProgramStatus.RETURNED) {
      throw new BusinessRuleException("Программа № " + id + " уже в состоянии «" + status.title() + "»");
    }
  }

  /** Meetings, surveys, reports and the assessment belong to an approved program that is not over. */
  void requireRunning() {
    if (status != ProgramStatus.APPROVED) {
      throw new BusinessRuleException("Программа № " + id + " не выполняется: " + status.title());
    }
  }

  void review(boolean approved, String comment, String by, Instant at) {
    if (status != ProgramStatus.SUBMITTED) {
      throw new BusinessRuleException("Программа № " + id + " не ждёт согласования: " + status.title());
    }
    this.status = approved ? ProgramStatus.APPROVED : ProgramStatus.RETURNED;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
    if (approved) {
      this.approvedAt = at;
    }
  }

  void surveyed(SurveyKind kind, Instant at) {
    if (kind == SurveyKind.ENTRY) {
      this.entrySurveyAt = at;
    } else {
      this.finalSurveyAt = at;
    }
  }

  void report(ProgramRole author, String reflection, String report, Instant at) {
    if (author == ProgramRole.MENTOR) {
      this.mentorReflection = reflection;
      this.mentorReport = report;
      this.mentorReportAt = at;
    } else {
      this.menteeReflection = reflection;
      this.menteeReport = report;
      this.menteeReportAt = at;
    }
  }

  void assess(String assessment, int rating, FinalEventKind eventKind, LocalDate eventDate, String eventNote,
      boolean goodPractice, String rewardProposal, String by, Instant at) {
    this.curatorAssessment = assessment;
    this.curatorRating = rating;
    this.finalEventKind = eventKind;
    this.finalEventDate = eventDate;
    this.finalEventNote = eventNote;
    this.goodPractice = goodPractice;
    this.rewardProposal = rewardProposal;
    this.rewardStatus = rewardProposal == null ? RewardStatus.NOT_PROPOSED : RewardStatus.PROPOSED;
    this.assessedBy = by;
    this.assessedAt = at;
  }

  void decideReward(boolean approved, String comment, String by, Instant at) {
    if (rewardStatus != RewardStatus.PROPOSED) {
      throw new BusinessRuleException("Поощрение по программе № " + id + " не ждёт решения: " + rewardStatus.title());
    }
    this.rewardStatus = approved ? RewardStatus.APPROVED : RewardStatus.DECLINED;
    this.rewardComment = comment;
    this.rewardDecidedBy = by;
    this.rewardDecidedAt = at;
  }

  void complete(Instant at) {
    this.status = ProgramStatus.COMPLETED;
    this.completedAt = at;
  }

  void endEarly(String reason, String by, Instant at) {
    this.status = ProgramStatus.ENDED_EARLY;
    this.endReason = reason;
    this.endedBy = by;
    this.endedAt = at;
    meetings.stream().filter(m -> m.getStatus() == MeetingStatus.PLANNED).forEach(ProgramMeeting::cancel);
  }

  /** The last day the program may run: its start plus the duration. */
  public LocalDate getEndsOn() {
    return durationMonths == null ? null : startsOn.plusMonths(durationMonths);
  }

  public Long getId() { return id; }
  public MentoringPair getPair() { return pair; }
  public Organization getOrganization() { return organization; }
  public ProgramStatus getStatus() { return status; }
  public LocalDate getStartsOn() { return startsOn; }
  public String getGoals() { return goals; }
  public String getTasks() { return tasks; }
  public String getPlannedResults() { return plannedResults; }
  public Integer getDurationMonths() { return durationMonths; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getReviewComment() { return reviewComment; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public Instant getApprovedAt() { return approvedAt; }
  public Instant getEntrySurveyAt() { return entrySurveyAt; }
  public Instant getFinalSurveyAt() { return finalSurveyAt; }
  public String getMentorReflection() { return mentorReflection; }
  public String getMentorReport() { return mentorReport; }
  public Instant getMentorReportAt() { return mentorReportAt; }
  public String getMenteeReflection() { return menteeReflection; }
  public String getMenteeReport() { return menteeReport; }
  public Instant getMenteeReportAt() { return menteeReportAt; }
  public String getCuratorAssessment() { return curatorAssessment; }
  public Integer getCuratorRating() { return curatorRating; }
  public String getAssessedBy() { return assessedBy; }
  public Instant getAssessedAt() { return assessedAt; }
  public FinalEventKind getFinalEventKind() { return finalEventKind; }
  public LocalDate getFinalEventDate() { return finalEventDate; }
  public String getFinalEventNote() { return finalEventNote; }
  public boolean isGoodPractice() { return goodPractice; }
  public RewardStatus getRewardStatus() { return rewardStatus; }
  public String getRewardProposal() { return rewardProposal; }
  public String getRewardComment() { return rewardComment; }
  public String getRewardDecidedBy() { return rewardDecidedBy; }
  public Instant getRewardDecidedAt() { return rewardDecidedAt; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getCompletedAt() { return completedAt; }
  public String getEndedBy() { return endedBy; }
  public Instant getEndedAt() { return endedAt; }
  public String getEndReason() { return endReason; }
  public List<ProgramMeeting> getMeetings() { return meetings; }
  public List<SurveyItem> getSurveyItems() { return surveyItems; }
}
