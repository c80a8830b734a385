package ru.nastavnik.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subject of the Russian Federation (субъект РФ): the top of the territorial tree. */
@Entity
@Table(name = "region")
public class Region {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String name;

  protected Region() {}

  public Region(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
