package ru.nastavnik.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link that sets a password: an invitation or a reset. Only the token's SHA-256 is kept. */
@Entity
@Table(name = "account_token")
class AccountToken {

  static final String INVITATION = "INVITATION";
  static final String RESET = "RESET";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(nullable = false, length = 40)
  private String purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected AccountToken() {}

  AccountToken(Long personId, String purpose, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
    this.personId = personId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  Long getId() { return id; }
  Long getPersonId() { return personId; }
  String getPurpose() { return purpose; }
  Instant getExpiresAt() { return expiresAt; }
  Instant getUsedAt() { return usedAt; }
  Instant getRevokedAt() { return revokedAt; }
  void use(Instant when) { this.usedAt = when; }
  void revoke(Instant when) { this.revokedAt = when; }
}
