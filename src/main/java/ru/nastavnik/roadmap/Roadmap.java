package ru.nastavnik.roadmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;

/**
 * A confirmed roadmap (дорожная карта): the document as read, with the parser's warnings kept,
 * for a period. {@code organization} is the school for a school's own roadmap, or the municipal
 * body that owns a municipal one.
 */
@Entity
@Table(name = "roadmap")
public class Roadmap {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private RoadmapScope scope;

  @Column(nullable = false, length = 4000)
  private String title;

  @Column(name = "file_name", length = 300)
  private String fileName;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "lead_days", nullable = false)
  private int leadDays;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private RoadmapStatus status;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 64)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /** Whose roadmap the document says it is, as written (null when it names no one). */
  @Column(name = "document_owner", length = 1000)
  private String documentOwner;

  /** The document names another owner and the reviewer confirmed it is theirs all the same. */
  @Column(name = "owner_confirmed", nullable = false)
  private boolean ownerConfirmed;

  @ElementCollection
  @CollectionTable(name = "roadmap_section", joinColumns = @JoinColumn(name = "roadmap_id"))
  @OrderColumn(name = "sort_order")
  private List<RoadmapSection> sections = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "roadmap_warning", joinColumns = @JoinColumn(name = "roadmap_id"))
  @OrderColumn(name = "sort_order")
  private List<RoadmapWarning> warnings = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "roadmap_approval", joinColumns = @JoinColumn(name = "roadmap_id"))
  @OrderColumn(name = "sort_order")
  private List<RoadmapApproval> approvals = new ArrayList<>();

  protected Roadmap() {}

  Roadmap(Municipality municipality, Organization organization, RoadmapScope scope, String title, String fileName,
      LocalDate periodStart, LocalDate periodEnd, int leadDays, String importedBy, Instant importedAt) {
    this.municipality = municipality;
    this.organization = organization;
    this.scope = scope;
    this.title = title;
    this.fileName = fileName;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.leadDays = leadDays;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
    this.status = RoadmapStatus.ACTIVE;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void owner(String documentOwner, boolean ownerConfirmed) {
    this.documentOwner = documentOwner;
    this.ownerConfirmed = ownerConfirmed;
  }

  void withdraw(String reason, String by, Instant at) {
    this.status = RoadmapStatus.WITHDRAWN;
    this.withdrawalReason = reason;
    this.withdrawnBy = by;
    this.withdrawnAt = at;
  }

  void close(Instant at) {
    this.status = RoadmapStatus.CLOSED;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public Organization getOrganization() { return organization; }
  public RoadmapScope getScope() { return scope; }
  public String getTitle() { return title; }
  public String getFileName() { return fileName; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public int getLeadDays() { return leadDays; }
  public RoadmapStatus getStatus() { return status; }
  public String getImportedBy() { return importedBy; }
  public Instant getImportedAt() { return importedAt; }
  public Instant getClosedAt() { return closedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getWithdrawnAt() { return withdrawnAt; }
  public String getWithdrawnBy() { return withdrawnBy; }
  public String getWithdrawalReason() { return withdrawalReason; }
  public List<RoadmapSection> getSections() { return sections; }
  public List<RoadmapWarning> getWarnings() { return warnings; }
  public List<RoadmapApproval> getApprovals() { return approvals; }
  public String getDocumentOwner() { return documentOwner; }
  public boolean isOwnerConfirmed() { return ownerConfirmed; }
}
