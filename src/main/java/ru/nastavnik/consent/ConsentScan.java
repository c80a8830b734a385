package ru.nastavnik.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The scanned paper of a signed consent, as the curator uploaded it. One per consent (a new upload
 * replaces it); deleted with the person's personal data.
 */
@Entity
@Table(name = "consent_scan")
public class ConsentScan {

  @Id
  @Column(name = "consent_id")
  private Long consentId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ConsentScan() {}

  ConsentScan(Long consentId, ScanFile file, String uploadedBy, Instant uploadedAt) {
    this.consentId = consentId;
    replace(file, uploadedBy, uploadedAt);
  }

  final void replace(ScanFile file, String by, Instant at) {
    this.fileName = file.fileName();
    this.contentType = file.format().mediaType();
    this.sizeBytes = file.content().length;
    this.content = file.content();
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long getConsentId() { return consentId; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public int getSizeBytes() { return sizeBytes; }
  public byte[] getContent() { return content; }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
}
