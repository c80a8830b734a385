package ru.nastavnik.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health {@code mailOutbox}: letters of the journal that will not reach anyone without help — still
 * queued {@link MailRetry#QUEUED_TOO_LONG} after their step, or failed after the last of
 * {@link MailRetry#MAX_ATTEMPTS} attempts. Such letters give the status {@link #WARNING}, which
 * the overall status ranks below UP: the node stays in the load balancer (a mail server that is
 * down does not stop the processes), and the administrator sees the counts in the details.
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth implements HealthIndicator {

  /** Attention needed, nothing stopped (management.endpoint.health.status.order puts it after UP). */
  static final Status WARNING = new Status("WARNING", "Есть недоставленные письма: см. журнал notification");

  private final JdbcTemplate jdbc;
  private final Clock clock;

  MailOutboxHealth(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Timestamp queuedBefore = Timestamp.from(clock.instant().minus(MailRetry.QUEUED_TOO_LONG));
    long[] counts = jdbc.queryForObject("""
        select sum(case when status = ? and created_at < ? then 1 else 0 end) as stuck,
               sum(case when status = ? and attempts >= ? then 1 else 0 end) as failed
        from notification where status in (?, ?)""",
        (rs, n) -> new long[] {rs.getLong("stuck"), rs.getLong("failed")},
        Notification.QUEUED, queuedBefore, Notification.FAILED, MailRetry.MAX_ATTEMPTS, Notification.QUEUED, Notification.FAILED);
    long stuck = counts[0];
    long failed = counts[1];
    Health.Builder health = stuck + failed == 0 ? Health.up().withDetail("message", "Недоставленных писем нет")
        : Health.status(WARNING).withDetail("message", "Недоставленные письма: " + stuck + " в очереди дольше "
            + MailRetry.QUEUED_TOO_LONG.toMinutes() + " мин, " + failed + " не отправлены после " + MailRetry.MAX_ATTEMPTS
            + " попыток. Проверьте почтовый сервер и журнал notification (docs/operations.md)");
    return health.withDetail("queuedTooLong", stuck).withDetail("failedAfterLastAttempt", failed).build();
  }
}
