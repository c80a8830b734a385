package ru.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;

class MailRetryIT extends IntegrationTestSupport {

  @Autowired Notifier notifier;
  @Autowired MailRetry retry;
  @Autowired NotificationRepository journal;
  @Autowired JavaMailSenderImpl mail;
  @Autowired TransactionTemplate transaction;

  private final int configuredPort = 1025;

  @AfterEach
  void restore() {
    mail.setPort(configuredPort);
    ClockUtil.reset();
  }

  @Test
  void lettersThatFailedWhileTheMailServerWasDownAreDeliveredOnceWhenItIsBack() throws Exception {
    try (SmtpCatcher server = new SmtpCatcher()) {
      // The server is down: nothing listens where the letters go.
      int downPort = server.port() + 1;
      mail.setPort(downPort);
      List<Long> ids = transaction.execute(status -> List.of(
          notifier.notifyPerson("retry-1", "one@retry.test", "Письмо 1 о повторе", "Текст 1").getId(),
          notifier.notifyPerson("retry-2", "two@retry.test", "Письмо 2 о повторе", "Текст 2").getId(),
          notifier.notifyPerson("retry-3", "three@retry.test", "Письмо 3 о повторе", "Текст 3").getId()));
      List<Notification> failed = eventually("три письма не отправлены", () -> {
        List<Notification> found = journal.findAllById(ids);
        return found.stream().allMatch(n -> Notification.FAILED.equals(n.getStatus())) ? found : null;
      });
      assertThat(failed).extracting(Notification::getAttempts).containsOnly(1);
      assertThat(failed).extracting(Notification::getLastError).allMatch(error -> error != null && !error.isBlank());

      // Too early for the next attempt: nothing is tried.
      assertThat(retry.retry()).isZero();

      // The server is back; the next round delivers every letter once.
      mail.setPort(server.port());
      ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(6))));
      assertThat(retry.retry()).isGreaterThanOrEqualTo(3);
      assertThat(journal.findAllById(ids)).extracting(Notification::getStatus).containsOnly(Notification.SENT);
      assertThat(journal.findAllById(ids)).extracting(Notification::getAttempts).containsOnly(2);
      assertThat(server.messages()).filteredOn(m -> m.contains("retry.test")).hasSize(3);

      // A further round sends nothing twice.
      ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(6))));
      retry.retry();
      assertThat(server.messages()).filteredOn(m -> m.contains("retry.test")).hasSize(3);
    }
  }

  @Test
  void twoNodesRetryRoundsThatReadTheSameLettersAtOnceSendEachOnce() throws Exception {
    try (SmtpCatcher server = new SmtpCatcher()) {
      mail.setPort(server.port() + 1);
      List<Long> ids = transaction.execute(status -> List.of(
          notifier.notifyPerson("race-1", "one@race.test", "Письмо 1 о гонке", "Текст 1").getId(),
          notifier.notifyPerson("race-2", "two@race.test", "Письмо 2 о гонке", "Текст 2").getId()));
      eventually("два письма не отправлены", () -> journal.findAllById(ids).stream()
          .allMatch(n -> Notification.FAILED.equals(n.getStatus())) ? true : null);

      // The rounds of node A and node B read the journal at the same moment, then both try.
      mail.setPort(server.port());
      ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(6))));
      List<Notification> seenByA = journal.findAllById(ids);
      List<Notification> seenByB = journal.findAllById(ids);
      assertThat(seenByA.stream().filter(notifier::redeliver).count()).isEqualTo(2);
      assertThat(seenByB.stream().filter(notifier::redeliver).count()).as("the other node takes nothing").isZero();

      assertThat(server.messages()).filteredOn(m -> m.contains("race.test")).hasSize(2);
      assertThat(journal.findAllById(ids)).extracting(Notification::getStatus).containsOnly(Notification.SENT);
      assertThat(journal.findAllById(ids)).extracting(Notification::getAttempts).containsOnly(2);
    }
  }
}
