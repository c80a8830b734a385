package ru.nastavnik.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda gives every new user ALL permissions on their own account, so that anybody could
 * delete their login and leave a person without one. Here a user may read their account and
 * update it — which {@link AccountGuardFilter} narrows to changing their own password; names,
 * e-mail and deletion belong to whoever manages the person.
 */
public class AccountAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, USER, user.getId(), READ, UPDATE)};
  }
}
