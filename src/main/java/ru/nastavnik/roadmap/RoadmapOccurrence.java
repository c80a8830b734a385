package ru.nastavnik.roadmap;

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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Organization;

/**
 * One piece of work of a roadmap: an item, for one due date, for one responsible organization.
 * It becomes a task (a process instance) when it is relevant ({@code activateAt}); it records
 * the deadline's fate (overdue, escalations, late) and the result the expected result asks for.
 */
@Entity
@Table(name = "roadmap_occurrence")
public class RoadmapOccurrence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private RoadmapItem item;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private OccurrenceKind kind;

  @Column(name = "responsible_group", nullable = false, length = 100)
  private String responsibleGroup;

  @Column(name = "escalation_group", nullable = false, length = 100)
  private String escalationGroup;

  /** The first day of a range or of a quarter's check-in; null for a plain date. */
  @Column(name = "starts_on")
  private LocalDate startsOn;

  /** Null while an ON_DEMAND occurrence waits for its date. */
  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "activate_at", nullable = false)
  private Instant activateAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private OccurrenceStatus status;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "cancel_reason", length = 1000)
  private String cancelReason;

  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Column(nullable = false)
  private int escalations;

  @Column(name = "escalation_note", length = 2000)
  private String escalationNote;

  @Column(name = "date_set_by", length = 64)
  private String dateSetBy;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(nullable = false)
  private boolean late;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "document_kind", length = 40)
  private DocumentKind documentKind;

  @Column(name = "document_number", length = 100)
  private String documentNumber;

  @Column(name = "document_date")
  private LocalDate documentDate;

  @Column(name = "document_link", length = 1000)
  private String documentLink;

  @Column(name = "indicator_value")
  private Integer indicatorValue;

  @Column(name = "result_comment", length = 2000)
  private String resultComment;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected RoadmapOccurrence() {}

  RoadmapOccurrence(RoadmapItem item, Organization organization, OccurrenceKind kind, String responsibleGroup,
      String escalationGroup, LocalDate startsOn, LocalDate dueDate, Instant activateAt) {
    this.item = item;
    this.organization = organization;
    this.kind = kind;
    this.responsibleGroup = responsibleGroup;
    this.escalationGroup = escalationGroup;
    this.startsOn = startsOn;
    this.dueDate = dueDate;
    this.activateAt = activateAt;
    this.status = OccurrenceStatus.PLANNED;
  }

  void skip() {
    this.status = OccurrenceStatus.SKIPPED;
  }

  void activate(Instant at) {
    this.activatedAt = at;
    this.status = dueDate == null ? OccurrenceStatus.AWAITING_DATE : OccurrenceStatus.OPEN;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void schedule(LocalDate dueDate, String setBy) {
    this.dueDate = dueDate;
    this.dateSetBy = setBy;
    this.status = OccurrenceStatus.OPEN;
  }

  void markOverdue(Instant at) {
    this.status = OccurrenceStatus.OVERDUE;
    this.overdueSince = at;
  }

  void cancel(String reason) {
    this.status = OccurrenceStatus.CANCELLED;
    this.cancelReason = reason;
  }

  public String getCancelReason() { return cancelReason; }

  void escalated() {
    this.escalations++;
  }

  void escalationNote(String note) {
    this.escalationNote = note;
  }

  void complete(String by, Instant at, boolean late, DocumentKind kind, String number, LocalDate date, String link,
      Integer value, String comment) {
    this.status = OccurrenceStatus.DONE;
    this.completedBy = by;
    this.completedAt = at;
    this.late = late;
    this.documentKind = kind;
    this.documentNumber = number;
    this.documentDate = date;
    this.documentLink = link;
    this.indicatorValue = value;
    this.resultComment = comment;
  }

  public Long getId() { return id; }
  public RoadmapItem getItem() { return item; }
  public Organization getOrganization() { return organization; }
  public OccurrenceKind getKind() { return kind; }
  public String getResponsibleGroup() { return responsibleGroup; }
  public String getEscalationGroup() { return escalationGroup; }
  public LocalDate getStartsOn() { return startsOn; }
  public LocalDate getDueDate() { return dueDate; }
  public Instant getActivateAt() { return activateAt; }
  public OccurrenceStatus getStatus() { return status; }
  public Instant getActivatedAt() { return activatedAt; }
  public Instant getOverdueSince() { return overdueSince; }
  public int getEscalations() { return escalations; }
  public String getEscalationNote() { return escalationNote; }
  public String getDateSetBy() { return dateSetBy; }
  public String getCompletedBy() { return completedBy; }
  public Instant getCompletedAt() { return completedAt; }
  public boolean isLate() { return late; }
  public DocumentKind getDocumentKind() { return documentKind; }
  public String getDocumentNumber() { return documentNumber; }
  public LocalDate getDocumentDate() { return documentDate; }
  public String getDocumentLink() { return documentLink; }
  public Integer getIndicatorValue() { return indicatorValue; }
  public String getResultComment() { return resultComment; }
  public String getProcessInstanceId() { return processInstanceId; }
}
