package ru.nastavnik.system;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who decided, when, and with what comment: the triple every reviewed record keeps (a request, a
 * mentor questionnaire, a program, a report, a practice). Each entity maps it onto its own columns
 * with {@code @AttributeOverride}.
 */
@Embeddable
public class Decision {

  @Column(length = 64)
  private String by;

  private Instant at;

  @Column(length = 2000)
  private String comment;

  protected Decision() {}

  public Decision(String by, Instant at, String comment) {
    this.by = Objects.requireNonNull(by, "by");
    this.at = Objects.requireNonNull(at, "at");
    this.comment = comment;
  }

  public String by() { return by; }

  public Instant at() { return at; }

  public String comment() { return comment; }
}
