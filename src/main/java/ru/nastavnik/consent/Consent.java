package ru.nastavnik.consent;

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
import ru.nastavnik.person.Person;

/** A signed consent; it stays on record after withdrawal, which only ends its validity. */
@Entity
@Table(name = "consent")
public class Consent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ConsentKind kind;

  @Column(name = "given_by", nullable = false, length = 300)
  private String givenBy;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "given_by_relation", nullable = false, length = 40)
  private ConsentGiver givenByRelation;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  @Column(length = 300)
  private String document;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  protected Consent() {}

  public Consent(Person person, ConsentKind kind, String givenBy, ConsentGiver relation, Instant givenAt, String document) {
    this.person = person;
    this.kind = kind;
    this.givenBy = givenBy;
    this.givenByRelation = relation;
    this.givenAt = givenAt;
    this.document = document;
  }

  public Long getId() { return id; }
  public Person getPerson() { return person; }
  public ConsentKind getKind() { return kind; }
  public String getGivenBy() { return givenBy; }
  public ConsentGiver getGivenByRelation() { return givenByRelation; }
  public Instant getGivenAt() { return givenAt; }
  public String getDocument() { return document; }
  public Instant getWithdrawnAt() { return withdrawnAt; }
  public String getWithdrawalReason() { return withdrawalReason; }

  public boolean isValid() {
    return withdrawnAt == null;
  }

  /** The name of whoever signed is erased with the person's data; the record of consent and withdrawal stays. */
  public void anonymizeSigner() {
    this.givenBy = "обезличено";
  }

  void withdraw(Instant when, String reason) {
    this.withdrawnAt = when;
    this.withdrawalReason = reason;
  }
}
