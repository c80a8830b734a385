package ru.nastavnik.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends reminders and escalations by e-mail to every member of a group and writes each one to
 * the journal. A mail server that is down does not stop a process: the journal says FAILED.
 *
 * <p>The journal row is written in the caller's transaction and the letter leaves only after that
 * transaction commits: a timer job that rolls back (and is retried) leaves neither a row nor a
 * letter, so a retried job does not send twice. Until the commit the row says
 * {@link Notification#QUEUED}; after it, SENT or FAILED. A letter lost between the commit and the
 * mail server stays QUEUED in the journal (an outbox that retries it would replace this class).
 */
@Service
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final JavaMailSender mail;
  private final GroupDirectory directory;
  private final NotificationRepository journal;
  private final String from;
  private final TransactionTemplate separate;
  private final MailThread mailThread;
  private final Clock clock;

  Notifier(JavaMailSender mail, GroupDirectory directory, NotificationRepository journal,
      @Value("${nastavnik.mail.from}") String from, PlatformTransactionManager transactions,
      MailThread mailThread, Clock clock) {
    this.clock = clock;
    this.mail = mail;
    this.mailThread = mailThread;
    this.directory = directory;
    this.journal = journal;
    this.from = from;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional
  public Notification notifyGroup(String groupId, String subject, String body) {
    return send(groupId, directory.emailsOf(groupId), subject, body);
  }

  /** One person, e.g. a mentor asked to confirm a pair; {@code recipient} names them in the journal. */
  @Transactional
  public Notification notifyPerson(String recipient, String email, String subject, String body) {
    return send(recipient, email == null || email.isBlank() ? List.of() : List.of(email), subject, body);
  }

  /** Takes a text (a person's name or address) out of the journal, e.g. when their data is erased. */
  @Transactional
  public int replaceInJournal(String text, String replacement) {
    return journal.replaceText(text, replacement);
  }

  private Notification send(String recipient, List<String> emails, String subject, String body) {
    if (emails.isEmpty()) {
      return journal.save(new Notification(recipient, "", subject, body, Notification.NO_RECIPIENTS, clock.instant()));
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(emails.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return journal.save(new Notification(recipient, String.join(", ", emails), subject, body, deliver(message, recipient), clock.instant()));
    }
    Notification entry = journal.save(new Notification(recipient, String.join(", ", emails), subject, body, Notification.QUEUED, clock.instant()));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      // Handed to the mail thread: the committing thread still holds its database connection
      // here, and recording the outcome needs another one — ten busy job threads doing both
      // would wait for each other's connections until the pool times out.
      @Override
      public void afterCommit() {
        mailThread.execute(() -> deliverAndRecord(entry.getId(), message, recipient));
      }
    });
    return entry;
  }

  /** Sends and writes the outcome of this attempt into the journal, in a transaction of its own. */
  void deliverAndRecord(Long id, SimpleMailMessage message, String recipient) {
    Attempt attempt = attempt(message, recipient);
    record(id, () -> journal.recordAttempt(id, attempt.status(), attempt.at(), attempt.error()));
  }

  /** Writes an attempt's outcome in a transaction of its own; a journal that cannot be written is logged, the letter is out. */
  private void record(Long id, Runnable write) {
    try {
      separate.executeWithoutResult(tx -> write.run());
    } catch (RuntimeException e) {
      LOG.warn("Статус письма № {} в журнале не обновлён: {}", id, e.getMessage());
    }
  }

  /** A journal entry sent again: the same addresses, subject and text. */
  boolean redeliver(Notification entry) {
    // Every node runs retry rounds: the letter is taken first, so that two rounds that read it at once send it once.
    Integer taken = separate.execute(tx -> journal.claimRetry(entry.getId(), entry.getStatus(), entry.getAttempts(),
        clock.instant()));
    if (taken == null || taken != 1) {
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(entry.getRecipients().split(",\\s*"));
    message.setSubject(entry.getSubject());
    message.setText(entry.getBody());
    Attempt attempt = attempt(message, entry.getRecipientGroup());
    record(entry.getId(), () -> journal.recordRetryOutcome(entry.getId(), attempt.status(), attempt.at(), attempt.error()));
    return true;
  }

  private String deliver(SimpleMailMessage message, String recipient) {
    return attempt(message, recipient).status();
  }

  private Attempt attempt(SimpleMailMessage message, String recipient) {
    Instant at = clock.instant();
    try {
      mail.send(message);
      return new Attempt(Notification.SENT, at, null);
    } catch (MailException e) {
      LOG.warn("Письмо «{}» для {} не отправлено: {}", message.getSubject(), recipient, e.getMessage());
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Attempt(Notification.FAILED, at, error.length() > 1000 ? error.substring(0, 1000) : error);
    }
  }

  private record Attempt(String status, Instant at, String error) {}
}
