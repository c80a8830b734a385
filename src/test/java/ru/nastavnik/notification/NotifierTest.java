package ru.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter sent from a transaction (a timer job's) leaves only when that transaction commits: a
 * rolled-back job leaves no letter, so its retry does not send a second one.
 */
class NotifierTest {

  /** Transactions without a resource: what matters here is when Spring calls the synchronizations. */
  private static final class Transactions extends AbstractPlatformTransactionManager {
    @Override protected Object doGetTransaction() { return new Object(); }
    @Override protected void doBegin(Object transaction, TransactionDefinition definition) { }
    @Override protected void doCommit(DefaultTransactionStatus status) { }
    @Override protected void doRollback(DefaultTransactionStatus status) { }
  }

  private final List<SimpleMailMessage> sent = new ArrayList<>();
  private final JavaMailSender mail = Mockito.mock(JavaMailSender.class);
  private final NotificationRepository journal = Mockito.mock(NotificationRepository.class);
  private final Transactions transactions = new Transactions();
  private final TransactionTemplate transaction = new TransactionTemplate(transactions);
  private Notifier notifier;

  /** What the mail thread has been handed, run when the test says so. */
  private final List<Runnable> letters = new java.util.ArrayList<>();

  private void deliverQueuedLetters() {
    letters.forEach(Runnable::run);
    letters.clear();
  }

  @BeforeEach
  void setUp() {
    Mockito.doAnswer(call -> sent.add(call.getArgument(0))).when(mail).send(Mockito.any(SimpleMailMessage.class));
    Mockito.when(journal.save(Mockito.any(Notification.class))).thenAnswer(call -> call.getArgument(0));
    notifier = new Notifier(mail, group -> List.of("director@school.test"), journal, "nastavnik@test", transactions,
        new MailThread(letters::add), java.time.Clock.systemUTC());
  }

  @Test
  void aLetterOfARolledBackTransactionIsNeverSent() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifier.notifyGroup("directors-khm-sch1", "Просрочено мероприятие", "Срок истёк");
      throw new IllegalStateException("the job fails after the escalation");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(sent).isEmpty();
    Mockito.verify(journal, Mockito.never()).recordAttempt(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
    assertThat(letters).isEmpty();
  }

  @Test
  void aLetterLeavesOnceItsTransactionCommitsAndTheJournalSaysSo() {
    transaction.executeWithoutResult(status -> {
      Notification entry = notifier.notifyGroup("directors-khm-sch1", "Просрочено мероприятие", "Срок истёк");
      assertThat(entry.getStatus()).isEqualTo(Notification.QUEUED);
      assertThat(sent).as("nothing leaves before the commit").isEmpty();
    });

    assertThat(sent).as("the committing thread keeps nothing waiting: the letter goes to the mail thread").isEmpty();
    deliverQueuedLetters();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getTo()).containsExactly("director@school.test");
    assertThat(sent.get(0).getSubject()).isEqualTo("Просрочено мероприятие");
    Mockito.verify(journal).recordAttempt(Mockito.any(), Mockito.eq(Notification.SENT), Mockito.any(), Mockito.isNull());
  }

  @Test
  void aMailServerThatIsDownMarksTheLetterFailedWithoutFailingTheCommittedWork() {
    Mockito.doThrow(new MailSendException("сервер недоступен")).when(mail).send(Mockito.any(SimpleMailMessage.class));

    transaction.executeWithoutResult(status -> notifier.notifyGroup("directors-khm-sch1", "Тема", "Текст"));
    deliverQueuedLetters();

    Mockito.verify(journal).recordAttempt(Mockito.any(), Mockito.eq(Notification.FAILED), Mockito.any(), Mockito.contains("сервер недоступен"));
  }

  @Test
  void withoutATransactionTheLetterLeavesAtOnce() {
    Notification entry = notifier.notifyGroup("directors-khm-sch1", "Тема", "Текст");

    assertThat(sent).hasSize(1);
    assertThat(entry.getStatus()).isEqualTo(Notification.SENT);
  }

  @Test
  void aGroupWithoutAddressesIsJournaledAndNothingIsSent() {
    Notifier nobody = new Notifier(mail, group -> List.of(), journal, "nastavnik@test", transactions, new MailThread(letters::add),
        java.time.Clock.systemUTC());

    Notification entry = transaction.execute(status -> nobody.notifyGroup("directors-khm-do", "Тема", "Текст"));

    assertThat(entry.getStatus()).isEqualTo(Notification.NO_RECIPIENTS);
    assertThat(sent).isEmpty();
  }
}
