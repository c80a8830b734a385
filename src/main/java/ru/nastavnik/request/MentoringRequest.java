package ru.nastavnik.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.person.Person;
import ru.nastavnik.system.ConflictException;
import ru.nastavnik.system.Decision;
import ru.nastavnik.person.PersonCategory;

/** A mentee's request (запрос): their professional difficulties and the mentoring they want. */
@Entity
@Table(name = "mentoring_request")
public class MentoringRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mentee_id")
  private Person mentee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mentoring_request_difficulty", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "competency_code", nullable = false, length = 40)
  private Set<String> difficulties = new LinkedHashSet<>();

  @Column(name = "other_difficulty", length = 2000)
  private String otherDifficulty;

  @Column(length = 200)
  private String subject;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  private PersonCategory category;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "desired_form", nullable = false, length = 40)
  private MentoringForm desiredForm;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private RequestStatus status;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "filed_by", nullable = false, length = 64)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "review_overdue", nullable = false)
  private boolean reviewOverdue;

  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "decided_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
  @AttributeOverride(name = "comment", column = @Column(name = "curator_comment", length = 2000))
  private Decision decision;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected MentoringRequest() {}

  MentoringRequest(Person mentee, String filedBy, Instant filedAt, boolean late) {
    this.mentee = mentee;
    this.organization = mentee.getOrganization();
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.late = late;
    this.status = RequestStatus.SUBMITTED;
  }

  void setCategory(PersonCategory category) { this.category = category; }

  void setContent(Set<String> difficulties, String otherDifficulty, String subject, MentoringForm desiredForm) {
    this.difficulties = new LinkedHashSet<>(difficulties);
    this.otherDifficulty = otherDifficulty;
    this.subject = subject;
    this.desiredForm = desiredForm;
  }

  /** The curator's decision; a request is decided once — a second decision collides with the first. */
  void decide(ReviewDecision choice, Decision decision) {
    if (this.status != RequestStatus.SUBMITTED) {
      throw new ConflictException("Запрос № " + id + " уже рассмотрен: " + this.status.title());
    }
    this.status = choice.status();
    this.decision = decision;
  }

  /** The request follows its pair; a request closed meanwhile (personal data erased) stays closed. */
  void followPair(RequestStatus status) {
    if (RequestStatus.IN_BANK.contains(this.status)) {
      this.status = status;
    }
  }

  void markReviewOverdue() { this.reviewOverdue = true; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }
  void resubmit() { this.status = RequestStatus.SUBMITTED; }

  public Long getId() { return id; }
  public Person getMentee() { return mentee; }
  public Organization getOrganization() { return organization; }
  public Set<String> getDifficulties() { return difficulties; }
  public String getOtherDifficulty() { return otherDifficulty; }
  public String getSubject() { return subject; }
  /** The category the mentee gave in the request (their registry category if they gave none). */
  public PersonCategory getCategory() { return category == null ? mentee.getCategory() : category; }
  public MentoringForm getDesiredForm() { return desiredForm; }
  public RequestStatus getStatus() { return status; }
  public boolean isLate() { return late; }
  public String getFiledBy() { return filedBy; }
  public Instant getFiledAt() { return filedAt; }
  public boolean isReviewOverdue() { return reviewOverdue; }
  public String getCuratorComment() { return decision == null ? null : decision.comment(); }
  public String getDecidedBy() { return decision == null ? null : decision.by(); }
  public Instant getDecidedAt() { return decision == null ? null : decision.at(); }
  public String getProcessInstanceId() { return processInstanceId; }
}
