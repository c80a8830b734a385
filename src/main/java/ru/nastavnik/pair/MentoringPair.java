package ru.nastavnik.pair;

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
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.system.BusinessRuleException;

/** A mentoring pair (наставническая пара): a request matched with a mentor of the bank. */
@Entity
@Table(name = "mentoring_pair")
public class MentoringPair {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private MentoringRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mentor_profile_id")
  private MentorProfile mentor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private PairStatus status;

  @Column(nullable = false)
  private int score;

  @Column(length = 1000)
  private String explanation;

  @Column(name = "mentor_confirmed_at")
  private Instant mentorConfirmedAt;

  @Column(name = "mentee_confirmed_at")
  private Instant menteeConfirmedAt;

  @Column(name = "order_number", length = 100)
  private String orderNumber;

  @Column(name = "order_date")
  private LocalDate orderDate;

  @Column(name = "proposed_by", nullable = false, length = 64)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 2000)
  private String endReason;

  @Column(name = "group_code", length = 64)
  private String groupCode;

  protected MentoringPair() {}

  MentoringPair(MentoringRequest request, MentorProfile mentor, int score, String explanation, String proposedBy,
      Instant proposedAt) {
    this.request = request;
    this.mentor = mentor;
    this.organization = request.getOrganization();
    this.score = score;
    this.explanation = explanation;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.status = PairStatus.PROPOSED;
  }

  /** The step asked of the pair needs it in {@code expected}; otherwise it has moved on meanwhile. */
  void requireStatus(PairStatus expected) {
    if (status != expected) {
      throw new BusinessRuleException("Пара № " + id + " уже в состоянии «" + status.title() + "»");
    }
  }

  void joinGroup(String groupCode) {
    this.groupCode = groupCode;
  }

  void mentorConfirmed(Instant at) {
    this.status = PairStatus.MENTOR_CONFIRMED;
    this.mentorConfirmedAt = at;
  }

  void menteeConfirmed(Instant at) {
    this.status = PairStatus.CONFIRMED;
    this.menteeConfirmedAt = at;
  }

  void decline(String reason, Instant at) {
    this.status = PairStatus.DECLINED;
    this.endReason = reason;
    this.endedAt = at;
  }

  void activate(String orderNumber, LocalDate orderDate, Instant at) {
    this.status = PairStatus.ACTIVE;
    this.orderNumber = orderNumber;
    this.orderDate = orderDate;
    this.activatedAt = at;
  }

  void end(PairStatus status, String reason, Instant at) {
    this.status = status;
    this.endReason = reason;
    this.endedAt = at;
  }

  public Long getId() { return id; }

  /** «пара № 4: наставник …, наставляемый … (СОШ № 1)» — for task names. */
  public String label() {
    return "пара № " + id + ": наставник " + mentor.getPerson().getFullName() + ", наставляемый "
        + request.getMentee().getFullName() + " (" + organization.getShortName() + ")";
  }
  public MentoringRequest getRequest() { return request; }
  public MentorProfile getMentor() { return mentor; }
  public Organization getOrganization() { return organization; }
  public PairStatus getStatus() { return status; }
  public int getScore() { return score; }
  public String getExplanation() { return explanation; }
  public Instant getMentorConfirmedAt() { return mentorConfirmedAt; }
  public Instant getMenteeConfirmedAt() { return menteeConfirmedAt; }
  public String getOrderNumber() { return orderNumber; }
  public LocalDate getOrderDate() { return orderDate; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public Instant getActivatedAt() { return activatedAt; }
  public Instant getEndedAt() { return endedAt; }
  public String getEndReason() { return endReason; }
  /** Pairs of one group (групповое наставничество) share this code; null for a one-to-one pair. */
  public String getGroupCode() { return groupCode; }
}
