package ru.nastavnik.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An organization's yearly collection of requests and its closing date (default 30 September). */
@Entity
@Table(name = "collection_campaign")
public class CollectionCampaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private Long organizationId;

  @Column(name = "academic_year", nullable = false)
  private int academicYear;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  protected CollectionCampaign() {}

  public CollectionCampaign(Long organizationId, int academicYear, LocalDate closesOn) {
    this.organizationId = organizationId;
    this.academicYear = academicYear;
    this.closesOn = closesOn;
  }

  public Long getId() { return id; }
  public Long getOrganizationId() { return organizationId; }
  public int getAcademicYear() { return academicYear; }
  public LocalDate getClosesOn() { return closesOn; }
  public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
}
