package ru.nastavnik.demo;

import jakarta.annotation.PreDestroy;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import ru.nastavnik.notification.SmtpCatcher;

/**
 * The demo's mail server: letters of reminders and escalations are delivered to it instead of
 * failing for want of a server, and read in the workspace's «Письма» page. It starts only for a
 * mail host on this machine, and steps aside when the port is taken (a real catcher such as
 * Mailpit runs there).
 */
@Component
@ConditionalOnProperty(name = "nastavnik.demo.mail-catcher", havingValue = "true")
class DemoMailCatcher {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailCatcher.class);

  private final SmtpCatcher catcher;

  DemoMailCatcher(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
    SmtpCatcher started = null;
    if ("localhost".equals(host) || "127.0.0.1".equals(host)) {
      try {
        started = new SmtpCatcher(port);
        LOG.info("Демо-почта: письма принимаются на {}:{} и видны на странице «Письма» кабинета", host, port);
      } catch (UncheckedIOException e) {
        LOG.info("Демо-почта не запущена: порт {} занят (там уже работает почтовый сервер)", port);
      }
    }
    this.catcher = started;
  }

  @PreDestroy
  void stop() throws Exception {
    if (catcher != null) {
      catcher.close();
    }
  }
}
