package ru.nastavnik.notification;

import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.system.CurrentUser;

/**
 * The letters the application sent, as their recipients got them: each user reads those sent to
 * their groups or to their address; the administrator reads all of them.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

  /** Letters on one page of the list. */
  public static final int PAGE_SIZE = 20;

  private final NotificationRepository journal;

  Letters(NotificationRepository journal) {
    this.journal = journal;
  }

  /**
   * @param email the user's address (of their person record), or null
   * @param page  0-based
   */
  public Page<Notification> received(CurrentUser user, String email, int page) {
    PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
    if (user.isAdmin()) {
      return journal.findAllByOrderByCreatedAtDescIdDesc(request);
    }
    Set<String> groups = user.groups().isEmpty() ? Set.of("") : user.groups();
    return journal.received(groups, email == null || email.isBlank() ? null : email.trim(), request);
  }
}
