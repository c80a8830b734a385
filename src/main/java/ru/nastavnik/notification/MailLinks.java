package ru.nastavnik.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Addresses of the pages a letter sends its reader to: Tasklist for a task, the «Наставничество»
 * page of Cockpit for the figures. Letters are read outside the application, so the addresses are
 * absolute, built on {@code nastavnik.mail.site-url} (the address users open the application at).
 */
@Component
public class MailLinks {

  private final String site;

  MailLinks(@Value("${nastavnik.mail.site-url:http://localhost:8080}") String site) {
    this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
  }

  /** Tasklist, where the reader's tasks wait. */
  public String tasklist() {
    return site + "/camunda/app/tasklist/default/";
  }

  /** The «Наставничество» page of Cockpit (the dashboard of the municipality). */
  public String cockpitDashboard() {
    return site + "/camunda/app/cockpit/default/#/nastavnik";
  }
}
