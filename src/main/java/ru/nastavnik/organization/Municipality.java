package ru.nastavnik.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.ZoneId;

/**
 * A municipality (муниципальное образование). Its time zone decides how dates and deadlines
 * of its organizations are read: «до 15 декабря» ends at midnight local time.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  protected Municipality() {}

  public Municipality(Region region, String code, String name, ZoneId timeZone) {
    this.region = region;
    this.code = code;
    this.name = name;
    this.timeZone = timeZone.getId();
  }

  public Long getId() { return id; }
  public Region getRegion() { return region; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public ZoneId getTimeZone() { return ZoneId.of(timeZone); }
  public void setTimeZone(ZoneId zone) { this.timeZone = zone.getId(); }
}
