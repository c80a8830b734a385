package ru.nastavnik.monitoring;

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
import ru.nastavnik.organization.Organization;

/**
 * A report of the monitoring year: the figures the system knew when it was filed (a JSON
 * snapshot, so the document stays what was sent) and what only people can write — comments,
 * difficulties, plans, conclusions. The organization is the one that files it: a school for
 * its report, the methodical centre for the municipal report, the department for its decisions.
 */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id")
  private MonitoringCampaign campaign;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ReportKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ReportStatus status;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  /** The figures as JSON; for a municipality, those of every organization (V15 widened it). */
  @Column(length = 1000000)
  private String figures;

  @Column(length = 4000)
  private String comments;

  @Column(length = 4000)
  private String difficulties;

  @Column(length = 4000)
  private String plans;

  @Column(length = 8000)
  private String conclusions;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(nullable = false)
  private int escalations;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(nullable = false)
  private int returns;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected MonitoringReport() {}

  MonitoringReport(MonitoringCampaign campaign, ReportKind kind, Organization organization, Instant dueAt, Instant createdAt) {
    this.campaign = campaign;
    this.kind = kind;
    this.organization = organization;
    this.status = ReportStatus.REQUESTED;
    this.dueAt = dueAt;
    this.createdAt = createdAt;
  }

  void submit(String figures, String comments, String difficulties, String plans, String conclusions, String by, Instant at) {
    this.figures = figures;
    this.comments = comments;
    this.difficulties = difficulties;
    this.plans = plans;
    this.conclusions = conclusions;
    this.submittedBy = by;
    this.submittedAt = at;
    this.late = at.isAfter(dueAt);
    this.status = ReportStatus.SUBMITTED;
  }

  void markOverdue() {
    if (status == ReportStatus.REQUESTED || status == ReportStatus.RETURNED) {
      status = ReportStatus.OVERDUE;
    }
    escalations++;
  }

  void review(boolean accepted, String comment, String by, Instant at) {
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
    if (accepted) {
      status = ReportStatus.ACKNOWLEDGED;
    } else {
      status = ReportStatus.RETURNED;
      returns++;
    }
  }

  void attachProcess(String processInstanceId) { this.processInstanceId = processInstanceId; }

  public Long getId() { return id; }
  public MonitoringCampaign getCampaign() { return campaign; }
  public ReportKind getKind() { return kind; }
  public Organization getOrganization() { return organization; }
  public ReportStatus getStatus() { return status; }
  public Instant getDueAt() { return dueAt; }
  public String getFigures() { return figures; }
  public String getComments() { return comments; }
  public String getDifficulties() { return difficulties; }
  public String getPlans() { return plans; }
  public String getConclusions() { return conclusions; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public boolean isLate() { return late; }
  public int getEscalations() { return escalations; }
  public String getReviewComment() { return reviewComment; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public int getReturns() { return returns; }
  public String getProcessInstanceId() { return processInstanceId; }
}
