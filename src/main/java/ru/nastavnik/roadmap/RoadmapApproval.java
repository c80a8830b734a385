package ru.nastavnik.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.roadmap.parse.Approval;
import ru.nastavnik.roadmap.parse.ApprovalKind;

/**
 * An approval block of the roadmap's document, kept with the roadmap as fields: the approving
 * document (kind, body, date, number) or the signatory. Fields the block does not say are null.
 */
@Embeddable
public class RoadmapApproval {

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private ApprovalKind kind;

  @Column(name = "document_kind", length = 100)
  private String documentKind;

  @Column(length = 1000)
  private String body;

  @Column(name = "approved_on")
  private LocalDate date;

  @Column(length = 100)
  private String number;

  @Column(length = 100)
  private String annex;

  @Column(name = "signatory_position", length = 1000)
  private String signatoryPosition;

  @Column(name = "signatory_name", length = 300)
  private String signatoryName;

  @Column(nullable = false, length = 4000)
  private String text;

  protected RoadmapApproval() {}

  RoadmapApproval(Approval approval) {
    this.kind = approval.kind();
    this.documentKind = cut(approval.documentKind(), 100);
    this.body = cut(approval.body(), 1000);
    this.date = approval.date();
    this.number = cut(approval.number(), 100);
    this.annex = cut(approval.annex(), 100);
    this.signatoryPosition = cut(approval.signatoryPosition(), 1000);
    this.signatoryName = cut(approval.signatoryName(), 300);
    this.text = cut(approval.text() == null ? "" : approval.text(), 4000);
  }

  private static String cut(String text, int max) {
    return text == null ? null : RoadmapTexts.shorten(text, max);
  }

  /** The block in one line («Утверждена: приказ … от 14.01.2026 № 12-о»). */
  public String describe() {
    return RoadmapTexts.approval(kind, documentKind, body, date, number, annex, signatoryPosition, signatoryName, text);
  }

  public ApprovalKind getKind() { return kind; }
  public String getDocumentKind() { return documentKind; }
  public String getBody() { return body; }
  public LocalDate getDate() { return date; }
  public String getNumber() { return number; }
  public String getAnnex() { return annex; }
  public String getSignatoryPosition() { return signatoryPosition; }
  public String getSignatoryName() { return signatoryName; }
  public String getText() { return text; }
}
