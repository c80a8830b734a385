package ru.nastavnik.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The journal of sent notifications. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {
  List<Notification> findByRecipientGroupOrderByCreatedAtDesc(String recipientGroup);

  /**
   * Letters received by a user: sent to one of their groups, or with their address among the
   * recipients (a comma-separated list), newest first.
   */
  @Query("select n from Notification n where n.recipientGroup in :groups or (:email is not null and"
      + " concat(', ', n.recipients, ',') like concat('%, ', :email, ',%')) order by n.createdAt desc, n.id desc")
  org.springframework.data.domain.Page<Notification> received(java.util.Collection<String> groups, String email,
      org.springframework.data.domain.Pageable page);

  org.springframework.data.domain.Page<Notification> findAllByOrderByCreatedAtDescIdDesc(
      org.springframework.data.domain.Pageable page);

  /** The outcome of a letter sent after its transaction committed. */
  @Modifying
  @Query("update Notification n set n.status = :status where n.id = :id")
  int updateStatus(Long id, String status);

  /** The outcome of one attempt: the status, one attempt more, when, and the error if any. */
  @Modifying
  @Query("update Notification n set n.status = :status, n.attempts = n.attempts + 1, n.lastAttemptAt = :at,"
      + " n.lastError = :error where n.id = :id")
  int recordAttempt(Long id, String status, java.time.Instant at, String error);

  /**
   * Takes a letter for another attempt: counts the attempt and stamps it, only if nobody (another
   * node's retry round) has taken it since it was read — the status and the attempts are as seen.
   * Returns 1 when this caller may send it, 0 when another one does.
   */
  @Modifying
  @Query("update Notification n set n.attempts = n.attempts + 1, n.lastAttemptAt = :at"
      + " where n.id = :id and n.status = :status and n.attempts = :attempts")
  int claimRetry(Long id, String status, int attempts, java.time.Instant at);

  /** The outcome of an attempt already counted by {@link #claimRetry}. */
  @Modifying
  @Query("update Notification n set n.status = :status, n.lastAttemptAt = :at, n.lastError = :error where n.id = :id")
  int recordRetryOutcome(Long id, String status, java.time.Instant at, String error);

  /**
   * Letters to try again: failed ones under the attempt limit whose last attempt is old enough,
   * and queued ones older than {@code queuedBefore} (their sender stopped before handing them on).
   */
  default List<Notification> undelivered(int maxAttempts, java.time.Instant failedBefore, java.time.Instant queuedBefore,
      org.springframework.data.domain.Pageable page) {
    return undelivered(Notification.FAILED, maxAttempts, failedBefore, Notification.QUEUED, queuedBefore, page);
  }

  /** {@link #undelivered(int, java.time.Instant, java.time.Instant, org.springframework.data.domain.Pageable)} with its statuses bound. */
  @Query("select n from Notification n where (n.status = :failed and n.attempts < :maxAttempts"
      + " and (n.lastAttemptAt is null or n.lastAttemptAt < :failedBefore))"
      + " or (n.status = :queued and n.createdAt < :queuedBefore) order by n.createdAt")
  List<Notification> undelivered(String failed, int maxAttempts, java.time.Instant failedBefore, String queued,
      java.time.Instant queuedBefore, org.springframework.data.domain.Pageable page);

  long countByStatus(String status);

  /** Replaces a text (a name, an address) wherever the journal holds it. */
  @Modifying(flushAutomatically = true, clearAutomatically = false)
  @Query("update Notification n set n.subject = function('replace', n.subject, :text, :replacement),"
      + " n.body = function('replace', n.body, :text, :replacement),"
      + " n.recipients = function('replace', n.recipients, :text, :replacement),"
      + " n.recipientGroup = function('replace', n.recipientGroup, :text, :replacement)"
      + " where n.subject like concat('%', :text, '%') or n.body like concat('%', :text, '%')"
      + " or n.recipients like concat('%', :text, '%') or n.recipientGroup like concat('%', :text, '%')")
  int replaceText(String text, String replacement);
}
