package ru.nastavnik.monitoring;

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
import ru.nastavnik.calendar.AcademicYear;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Municipality;

/**
 * The monitoring of one municipality for one academic year (1 September – 31 August): the
 * December reports and the spring stages all belong to it.
 */
@Entity
@Table(name = "monitoring_campaign")
public class MonitoringCampaign {

  /** State of the monitoring year. */
  public enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "academic_year", nullable = false)
  private int academicYear;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private Status status;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /** The year's dates, fixed when it opened (JSON: stage → ISO instant). */
  @Column(length = 1000)
  private String timeline;

  protected MonitoringCampaign() {}

  MonitoringCampaign(Municipality municipality, int academicYear, Instant openedAt) {
    this.municipality = municipality;
    this.academicYear = academicYear;
    this.status = Status.OPEN;
    this.openedAt = openedAt;
  }

  /** «2026/2027 учебный год». */
  String getTimeline() { return timeline; }
  void fixTimeline(String timeline) { this.timeline = timeline; }

  public String periodTitle() {
    return new AcademicYear(academicYear).title();
  }

  public LocalDate periodStart() { return new AcademicYear(academicYear).firstDay(); }

  public LocalDate periodEnd() { return LocalDate.of(academicYear + 1, 8, 31); }

  void close(Instant at) {
    status = Status.CLOSED;
    closedAt = at;
  }

  void attachProcess(String processInstanceId) { this.processInstanceId = processInstanceId; }

  public Long getId() { return id; }
  public Municipality getMunicipality() { return municipality; }
  public int getAcademicYear() { return academicYear; }
  public Status getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getClosedAt() { return closedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
