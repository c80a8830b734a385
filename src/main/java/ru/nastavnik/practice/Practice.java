package ru.nastavnik.practice;

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
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.system.BusinessRuleException;

/**
 * An entry of the bank of successful practices (банк успешных практик наставничества): a
 * completed program the curator flagged as a good practice, with a title and a description the
 * municipality's coordinator reviews and publishes, returns to the curator or rejects.
 */
@Entity
@Table(name = "practice")
public class Practice {

  static final int MAX_TITLE = 300;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_COMMENT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private PracticeStatus status;

  @Column(name = "proposed_by", length = 64)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "revised_by", length = 64)
  private String revisedBy;

  @Column(name = "revised_at")
  private Instant revisedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = MAX_COMMENT)
  private String reviewComment;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected Practice() {}

  Practice(MentoringProgram program, String title, String description, String proposedBy, Instant at) {
    this.program = program;
    this.organization = program.getOrganization();
    this.title = title;
    this.description = description;
    this.proposedBy = proposedBy;
    this.proposedAt = at;
    this.status = PracticeStatus.PROPOSED;
  }

  /** The coordinator's review; only a proposed practice waits for it. */
  void reviewed(PracticeStatus outcome, String title, String description, String comment, String by, Instant at) {
    if (status != PracticeStatus.PROPOSED) {
      throw new BusinessRuleException("Практика № " + id + " не ждёт рассмотрения: " + status.title());
    }
    this.status = outcome;
    this.title = title;
    this.description = description;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
    if (outcome == PracticeStatus.PUBLISHED) {
      this.publishedAt = at;
    }
  }

  /** The curator's revision; only a practice returned for it takes one. */
  void revised(String title, String description, String by, Instant at) {
    if (status != PracticeStatus.RETURNED) {
      throw new BusinessRuleException("Практика № " + id + " не возвращена на доработку: " + status.title());
    }
    this.title = title;
    this.description = description;
    this.revisedBy = by;
    this.revisedAt = at;
    this.status = PracticeStatus.PROPOSED;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public Organization getOrganization() { return organization; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public PracticeStatus getStatus() { return status; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public String getRevisedBy() { return revisedBy; }
  public Instant getRevisedAt() { return revisedAt; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public String getReviewComment() { return reviewComment; }
  public Instant getPublishedAt() { return publishedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
