package ru.nastavnik.person;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Login accounts of people (Camunda users and groups). Kept behind this port so that the person
 * service has no engine imports; implemented in {@code ru.nastavnik.identity}.
 */
public interface Accounts {

  /**
   * Creates (with a random password nobody knows, until the person sets their own) or updates the user {@code login} and makes their memberships among the groups this
   * application manages exactly {@code groups} (group id → Russian group name), creating groups
   * and their rights as needed.
   */
  void sync(String login, String firstName, String lastName, String email, Map<String, GroupSpec> groups);

  /** Whether a login account of that name exists (linked to a person or not). */
  boolean exists(String login);

  /** Which of the logins have an account already: one look-up for many, for an import. */
  Set<String> existing(Collection<String> logins);

  /** Sets a password; used by the demo loader, by administrators and by the invitation link. */
  void setPassword(String login, String password);

  /** Which of the logins have a password of their own (set by {@link #setPassword}), not the unknown one of a new account. */
  Set<String> withOwnPassword(Collection<String> logins);

  /** A group to be a member of, with the role whose rights it gets. */
  record GroupSpec(String name, Role role) {}
}
