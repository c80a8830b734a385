package ru.nastavnik.notification;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The thread that hands letters to the mail server after their transaction has committed, so
 * that neither a slow mail server nor the journal update holds a job's or a request's thread.
 * Not an {@code Executor} bean on purpose: one would replace Spring Boot's own task executor.
 */
@Component
class MailThread {

  private final java.util.concurrent.Executor executor;

  @Autowired
  MailThread() {
    this(Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "mail");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** For tests: e.g. {@code Runnable::run} sends on the calling thread. */
  MailThread(java.util.concurrent.Executor executor) {
    this.executor = executor;
  }

  void execute(Runnable letter) {
    executor.execute(letter);
  }

  /** Letters still queued at shutdown are sent before the application stops (for up to 30 s). */
  @PreDestroy
  void finish() throws InterruptedException {
    if (executor instanceof ExecutorService service) {
      service.shutdown();
      service.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
