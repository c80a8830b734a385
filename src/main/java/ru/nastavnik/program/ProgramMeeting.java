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
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One planned meeting of a program; after it, both sides give feedback. */
@Entity
@Table(name = "program_meeting")
public class ProgramMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private MeetingKind kind;

  @Column(nullable = false, length = 300)
  private String topic;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private MeetingStatus status;

  /** When the mentor recorded the meeting (held or cancelled). */
  @Column(name = "held_at")
  private Instant heldAt;

  /** The day the meeting took place, as the mentor entered it. */
  @Column(name = "held_on")
  private LocalDate heldOn;

  /** Why the mentor cancelled the meeting; null for meetings cancelled with the program's early end. */
  @Column(name = "cancel_reason", length = 2000)
  private String cancelReason;

  @Column(length = 4000)
  private String notes;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("author desc")
  private List<MeetingFeedback> feedback = new ArrayList<>();

  protected ProgramMeeting() {}

  ProgramMeeting(MentoringProgram program, int sequence, MeetingKind kind, String topic, LocalDate plannedOn) {
    this.program = program;
    this.sequence = sequence;
    this.status = MeetingStatus.PLANNED;
    replan(kind, topic, plannedOn);
  }

  void replan(MeetingKind kind, String topic, LocalDate plannedOn) {
    this.kind = kind;
    this.topic = topic;
    this.plannedOn = plannedOn;
  }

  /** The mentor records the meeting held on {@code heldOn}; both sides now owe their feedback until {@code feedbackDue}. */
  void held(String notes, LocalDate heldOn, Instant at, Instant feedbackDue) {
    this.status = MeetingStatus.HELD;
    this.notes = notes;
    this.heldOn = heldOn;
    this.heldAt = at;
    for (ProgramRole author : ProgramRole.values()) {
      if (feedbackOf(author).isEmpty()) {
        feedback.add(new MeetingFeedback(this, author, feedbackDue));
      }
    }
  }

  void cancel() {
    this.status = MeetingStatus.CANCELLED;
  }

  /** The mentor cancels the meeting, saying why; no feedback is owed. */
  void cancel(String reason, Instant at) {
    this.status = MeetingStatus.CANCELLED;
    this.cancelReason = reason;
    this.heldAt = at;
  }

  /** Held, or cancelled by the mentor with a reason: nothing more is owed for this meeting. */
  boolean isSettled() {
    return status == MeetingStatus.HELD || status == MeetingStatus.CANCELLED && cancelReason != null;
  }

  public Optional<MeetingFeedback> feedbackOf(ProgramRole author) {
    return feedback.stream().filter(f -> f.getAuthor() == author).findFirst();
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public int getSequence() { return sequence; }
  public MeetingKind getKind() { return kind; }
  public String getTopic() { return topic; }
  public LocalDate getPlannedOn() { return plannedOn; }
  public MeetingStatus getStatus() { return status; }
  public Instant getHeldAt() { return heldAt; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getCancelReason() { return cancelReason; }
  public String getNotes() { return notes; }
  public List<MeetingFeedback> getFeedback() { return feedback; }
}
