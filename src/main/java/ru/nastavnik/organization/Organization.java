package ru.nastavnik.organization;

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

/**
 * A municipal body or an educational organization. Its short {@code code} names its Camunda
 * groups ({@code curators-<code>}, {@code directors-<code>} ...), so it never changes.
 */
@Entity
@Table(name = "organization")
public class Organization {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private OrganizationKind kind;

  @Column(nullable = false, length = 40, updatable = false)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "short_name", nullable = false, length = 200)
  private String shortName;

  @Column(length = 254)
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Organization() {}

  public Organization(Municipality municipality, OrganizationKind kind, String code, String name, String shortName,
      Instant createdAt) {
    this.municipality = municipality;
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public OrganizationKind getKind() { return kind; }
  public void setKind(OrganizationKind kind) { this.kind = kind; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getShortName() { return shortName; }
  public void setShortName(String shortName) { this.shortName = shortName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public Instant getCreatedAt() { return createdAt; }
}
