package ru.nastavnik.pair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One search for a mentor for a request: how many candidates it found, and support given meanwhile. */
@Entity
@Table(name = "pair_search_attempt")
public class PairSearchAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(nullable = false)
  private int candidates;

  @Column(name = "support_note", length = 2000)
  private String supportNote;

  protected PairSearchAttempt() {}

  PairSearchAttempt(Long requestId, Instant attemptedAt, int candidates) {
    this.requestId = requestId;
    this.attemptedAt = attemptedAt;
    this.candidates = candidates;
  }

  void setSupportNote(String supportNote) { this.supportNote = supportNote; }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public Instant getAttemptedAt() { return attemptedAt; }
  public int getCandidates() { return candidates; }
  public String getSupportNote() { return supportNote; }
}
