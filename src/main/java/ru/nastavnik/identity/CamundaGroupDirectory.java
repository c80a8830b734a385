package ru.nastavnik.identity;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ru.nastavnik.notification.GroupDirectory;

/** Group members' e-mail addresses, read from the engine's identity service. */
@Component
class CamundaGroupDirectory implements GroupDirectory {

  private final IdentityService identityService;

  CamundaGroupDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public List<String> emailsOf(String groupId) {
    return Privileged.call(identityService, () -> identityService.createUserQuery().memberOfGroup(groupId).list())
        .stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .distinct()
        .toList();
  }
}
