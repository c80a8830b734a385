package ru.nastavnik.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.pair.PairStatus;

/** A program as the REST API shows it: plan, meetings with both sides' feedback, survey growth, completion. */
public record ProgramView(Long id, Long pairId, PairStatus pairStatus, String pairStatusTitle, Long organizationId,
    String organizationName, String mentorName, String mentorLogin, String menteeName, String menteeLogin,
    ProgramStatus status, String statusTitle, LocalDate startsOn, Integer durationMonths, LocalDate endsOn, String goals,
    String tasks, String plannedResults, String reviewComment, Instant approvedAt, List<Meeting> meetings,
    List<SurveyItemView> survey, Double averageGrowth, long missedFeedback, List<Report> reports, Assessment assessment,
    Instant completedAt, Instant endedAt, String endedBy, String endReason) {

  /** {@code heldAt}: when the mentor recorded it; {@code heldOn}: the day it took place; {@code cancelReason}: the mentor's. */
  public record Meeting(Long id, int sequence, MeetingKind kind, String kindTitle, String topic, LocalDate plannedOn,
      MeetingStatus status, String statusTitle, Instant heldAt, LocalDate heldOn, String notes, String cancelReason,
      List<Feedback> feedback) {}

  /** {@code state}: «ожидается», «получен», «получен с опозданием», «пропущен, передан куратору». */
  public record Feedback(ProgramRole author, String authorTitle, Instant dueAt, Integer rating, String comment,
      Instant submittedAt, boolean late, boolean missed, Instant remindedAt, Instant escalatedAt, String state) {}

  public record SurveyItemView(String code, String title, Integer entryScore, Integer finalScore, Integer growth) {}

  public record Report(ProgramRole author, String authorTitle, String reflection, String report, Instant submittedAt) {}

  public record Assessment(String assessment, Integer rating, FinalEventKind finalEventKind, String finalEventTitle,
      LocalDate finalEventDate, String finalEventNote, boolean goodPractice, RewardStatus rewardStatus,
      String rewardStatusTitle, String rewardProposal, String rewardComment, Instant rewardDecidedAt, Instant assessedAt) {}

  /** One feedback escalated as missed, for the curator's listing. */
  public record MissedFeedback(Long programId, Long pairId, Long meetingId, int meetingSequence, String meeting,
      LocalDate plannedOn, ProgramRole author, String authorTitle, String authorName, Instant dueAt, Instant escalatedAt,
      Instant submittedAt, boolean late) {}

  /** The answer to the early end of a pair. */
  public record PairEnd(Long pairId, PairStatus status, String statusTitle, String endReason, Instant endedAt,
      Long programId, ProgramStatus programStatus) {}
}
