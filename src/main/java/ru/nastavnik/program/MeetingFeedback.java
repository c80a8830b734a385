package ru.nastavnik.program;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The mandatory feedback of one side on a meeting: a rating 1–10 and a comment. Feedback not
 * given two days after its due date is escalated to the curator and stays marked as missed,
 * even when it arrives later (then it is also marked late).
 */
@Entity
@Table(name = "meeting_feedback")
public class MeetingFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private ProgramMeeting meeting;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ProgramRole author;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  private Integer rating;

  @Column(name = "feedback_comment", length = 2000)
  private String comment;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(nullable = false)
  private boolean missed;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  protected MeetingFeedback() {}

  MeetingFeedback(ProgramMeeting meeting, ProgramRole author, Instant dueAt) {
    this.meeting = meeting;
    this.author = author;
    this.dueAt = dueAt;
  }

  void submit(int rating, String comment, String by, Instant at) {
    this.rating = rating;
    this.comment = comment;
    this.submittedBy = by;
    this.submittedAt = at;
    // Escalated feedback is late by definition, whatever the clock of the escalation said.
    this.late = missed || at.isAfter(dueAt);
  }

  void reminded(Instant at) {
    this.remindedAt = at;
  }

  void missed(Instant at) {
    this.missed = true;
    this.escalatedAt = at;
  }

  public boolean isGiven() {
    return submittedAt != null;
  }

  public Long getId() { return id; }
  public ProgramMeeting getMeeting() { return meeting; }
  public ProgramRole getAuthor() { return author; }
  public Instant getDueAt() { return dueAt; }
  public Integer getRating() { return rating; }
  public String getComment() { return comment; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public boolean isLate() { return late; }
  public Instant getRemindedAt() { return remindedAt; }
  public boolean isMissed() { return missed; }
  public Instant getEscalatedAt() { return escalatedAt; }
}
