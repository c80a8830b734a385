package ru.nastavnik.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the competency catalogue: a professional difficulty a mentee may name. */
@Entity
@Table(name = "competency")
public class Competency {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Competency() {}

  public String getCode() { return code; }
  public String getTitle() { return title; }
  public int getSortOrder() { return sortOrder; }
}
