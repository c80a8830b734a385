package ru.nastavnik.notification;

import java.util.List;

/** E-mail addresses of a group's members (implemented over the engine's identity service). */
public interface GroupDirectory {
  List<String> emailsOf(String groupId);
}
