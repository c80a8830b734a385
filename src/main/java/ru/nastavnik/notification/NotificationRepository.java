package ru.nastavnik.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The journal of sent notifications. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {
  List<Notification> findByRecipientGroupOrderByCreatedAtDesc(String recipientGroup);
}
