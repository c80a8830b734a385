package ru.nastavnik.identity;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;

/** Turns a Camunda user id (the initiator, the one completing a task) into a {@link CurrentUser}. */
@Component
public class EngineUsers {

  private final IdentityService identityService;

  EngineUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public CurrentUser of(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new BusinessRuleException("Действие должен выполнять вошедший в систему пользователь");
    }
    Set<String> groups = new HashSet<>();
    Privileged.call(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .forEach(group -> groups.add(group.getId()));
    return new CurrentUser(userId, groups);
  }

  /** The user the engine currently acts for (Tasklist, REST), or {@code fallback}. */
  public String currentUserId(String fallback) {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? fallback : authentication.getUserId();
  }
}
