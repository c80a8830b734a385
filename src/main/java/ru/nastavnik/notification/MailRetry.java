package ru.nastavnik.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tries again the letters the mail server did not take: a failed letter up to
 * {@value #MAX_ATTEMPTS} times, {@code nastavnik.mail.retry-interval} apart, and a letter left
 * queued by a node that stopped before handing it on. What stays failed after the last attempt
 * is «не отправлено» in the journal, for the administrator (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailRetry {

  private static final Logger LOG = LoggerFactory.getLogger(MailRetry.class);

  static final int MAX_ATTEMPTS = 5;
  /** A letter still queued this long after its transaction has been lost on the way. */
  static final Duration QUEUED_TOO_LONG = Duration.ofMinutes(10);
  private static final int BATCH = 200;

  private final NotificationRepository journal;
  private final Notifier notifier;
  private final Clock clock;
  private final Duration interval;

  MailRetry(NotificationRepository journal, Notifier notifier, Clock clock,
      @Value("${nastavnik.mail.retry-interval:PT5M}") Duration interval) {
    this.journal = journal;
    this.notifier = notifier;
    this.clock = clock;
    this.interval = interval;
  }

  @Scheduled(initialDelayString = "${nastavnik.mail.retry-interval:PT5M}", fixedDelayString = "${nastavnik.mail.retry-interval:PT5M}")
  void onSchedule() {
    retry();
  }

  /** One round: returns how many letters were tried. */
  int retry() {
    Instant now = clock.instant();
    List<Notification> due = journal.undelivered(MAX_ATTEMPTS, now.minus(interval), now.minus(QUEUED_TOO_LONG),
        PageRequest.of(0, BATCH));
    int tried = (int) due.stream().filter(notifier::redeliver).count();
    if (tried > 0) {
      LOG.info("Повторная отправка писем: {}", tried);
    }
    return tried;
  }
}
