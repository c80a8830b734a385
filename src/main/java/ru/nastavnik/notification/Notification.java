package ru.nastavnik.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail the system sent (or tried to send): the journal of reminders and escalations. */
@Entity
@Table(name = "notification")
public class Notification {

  /** Written with the transaction that sends it; leaves for the mail server once that commits. */
  public static final String QUEUED = "QUEUED";
  /** Sent to the mail server. */
  public static final String SENT = "SENT";
  /** Nobody in the group has an e-mail address. */
  public static final String NO_RECIPIENTS = "NO_RECIPIENTS";
  /** The mail server refused or was unreachable; the journal keeps the text. */
  public static final String FAILED = "FAILED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_group", nullable = false, length = 100)
  private String recipientGroup;

  @Column(length = 2000)
  private String recipients;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 40)
  private String status;

  /** How many times the mail server was tried (the first delivery included). */
  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  /** Why the last attempt failed, as the mail server said it; shown to the administrator. */
  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected Notification() {}

  Notification(String recipientGroup, String recipients, String subject, String body, String status, Instant createdAt) {
    this.recipientGroup = recipientGroup;
    this.recipients = recipients;
    this.subject = subject;
    this.body = body;
    this.status = status;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getRecipientGroup() { return recipientGroup; }
  public String getRecipients() { return recipients; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }
  public String getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public Instant getLastAttemptAt() { return lastAttemptAt; }
  public String getLastError() { return lastError; }
}
