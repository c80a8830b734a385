package ru.nastavnik.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends reminders and escalations by e-mail to every member of a group and writes each one to
 * the journal. A mail server that is down does not stop a process: the journal says FAILED.
 */
@Service
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final JavaMailSender mail;
  private final GroupDirectory directory;
  private final NotificationRepository journal;
  private final String from;

  Notifier(JavaMailSender mail, GroupDirectory directory, NotificationRepository journal,
      @Value("${nastavnik.mail.from}") String from) {
    this.mail = mail;
    this.directory = directory;
    this.journal = journal;
    this.from = from;
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
    String status = Notification.NO_RECIPIENTS;
    if (!emails.isEmpty()) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(emails.toArray(String[]::new));
      message.setSubject(subject);
      message.setText(body);
      try {
        mail.send(message);
        status = Notification.SENT;
      } catch (MailException e) {
        LOG.warn("Письмо «{}» для {} не отправлено: {}", subject, recipient, e.getMessage());
        status = Notification.FAILED;
      }
    }
    return journal.save(new Notification(recipient, String.join(", ", emails), subject, body, status));
  }
}
