package ru.nastavnik.pair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.nastavnik.mentor.MentorProfile;

/** The curator took a mentor out of one request's candidates: he is not proposed for it again. */
@Entity
@Table(name = "mentor_exclusion")
public class MentorExclusion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mentor_profile_id")
  private MentorProfile mentor;

  @Column(length = 1000)
  private String reason;

  @Column(name = "excluded_by", nullable = false, length = 64)
  private String excludedBy;

  @Column(name = "excluded_at", nullable = false)
  private Instant excludedAt;

  protected MentorExclusion() {}

  MentorExclusion(Long requestId, MentorProfile mentor, String reason, String excludedBy, Instant excludedAt) {
    this.requestId = requestId;
    this.mentor = mentor;
    this.reason = reason;
    this.excludedBy = excludedBy;
    this.excludedAt = excludedAt;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public MentorProfile getMentor() { return mentor; }
  public String getReason() { return reason; }
  public String getExcludedBy() { return excludedBy; }
  public Instant getExcludedAt() { return excludedAt; }
}
