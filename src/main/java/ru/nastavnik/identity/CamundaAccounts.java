package ru.nastavnik.identity;

import ru.nastavnik.organization.GroupNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Role;

/**
 * Keeps Camunda users, groups and group rights in step with people and their roles. Every role
 * group may use Tasklist and reads the definitions of the processes it works in (the process name
 * and diagram of its tasks); coordinators and managers also use Cockpit and read every definition.
 * Which process instances they see there is granted per instance by {@link MunicipalVisibilityPlugin}.
 * Tasklist names people and groups instead of showing logins and group ids: the groups of an
 * organization read each other's names, its curators and directors read the names of its people.
 */
@Component
class CamundaAccounts implements Accounts {

  static final String GROUP_TYPE = "WORKFLOW";
  /** The user info that marks a password set by its owner or an administrator, not generated. */
  static final String OWN_PASSWORD = "nastavnik.own-password";
  /** Logins per query of {@link #existing}: well below the databases' limits of an IN list. */
  private static final int LOOKUP_BATCH = 500;
  /** The key of the transaction's set of groups known to exist (see {@link #knownGroups}). */
  private static final Object KNOWN_GROUPS = new Object();

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  CamundaAccounts(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void sync(String login, String firstName, String lastName, String email, Map<String, GroupSpec> groups) {
    User user = identityService.createUserQuery().userId(login).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(login);
      // A login without a password makes the engine's password check fail with an error: until the
      // person sets their own password, the account has a random one that nobody knows.
      user.setPassword(UnknownPassword.generate());
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    save(user, created);

    // A new account is in no group yet: no need to ask (an import creates thousands).
    Set<String> current = new HashSet<>();
    if (!created) {
      for (Group group : identityService.createGroupQuery().groupMember(login).list()) {
        current.add(group.getId());
      }
    }
    for (String groupId : current) {
      if (GroupNames.isManaged(groupId) && !groups.containsKey(groupId)) {
        identityService.deleteMembership(login, groupId);
      }
    }
    groups.forEach((groupId, spec) -> {
      ensureGroup(groupId, spec);
      if (!current.contains(groupId)) {
        identityService.createMembership(login, groupId);
      }
    });
    if (created) {
      // Nobody reads the name of an account made just now: grant without asking for an earlier grant.
      for (String organization : organizationsOf(groups.keySet())) {
        for (String reader : nameReaders(organization)) {
          Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          read.setGroupId(reader);
          read.setResource(Resources.USER);
          read.setResourceId(login);
          read.addPermission(Permissions.READ);
          authorizationService.saveAuthorization(read);
        }
      }
    } else {
      showNameInOrganizations(login, groups.keySet(), current);
    }
  }

  /**
   * The curators and directors of the organizations a person works in read the person's name (Tasklist
   * shows it for the tasks of their group the person took); those of an organization the person left stop.
   */
  void showNameInOrganizations(String login, Set<String> groupIds, Set<String> formerGroupIds) {
    Set<String> organizations = organizationsOf(groupIds);
    for (String organization : organizations) {
      for (String reader : nameReaders(organization)) {
        grant(reader, Resources.USER, login, Permissions.READ);
      }
    }
    for (String left : organizationsOf(formerGroupIds)) {
      if (!organizations.contains(left)) {
        for (String reader : nameReaders(left)) {
          Authorization read = authorizationService.createAuthorizationQuery().groupIdIn(reader)
              .resourceType(Resources.USER).resourceId(login).singleResult();
          if (read != null) {
            authorizationService.deleteAuthorization(read.getId());
          }
        }
      }
    }
  }

  static Set<String> organizationsOf(Set<String> groupIds) {
    Set<String> organizations = new HashSet<>();
    groupIds.forEach(groupId -> GroupNames.organizationCode(groupId).ifPresent(organizations::add));
    return organizations;
  }

  /** The groups that read the names of an organization's people. */
  static List<String> nameReaders(String organizationCode) {
    return List.of(GroupNames.curators(organizationCode), GroupNames.directors(organizationCode));
  }

  @Override
  public boolean exists(String login) {
    return identityService.createUserQuery().userId(login).count() > 0;
  }

  @Override
  public Set<String> existing(Collection<String> logins) {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(new HashSet<>(logins));
    for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
      String[] batch = all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH)).toArray(String[]::new);
      identityService.createUserQuery().userIdIn(batch).list().forEach(user -> found.add(user.getId()));
    }
    return found;
  }

  /** A generated password is exempt from the password policy (it is never typed by anyone). */
  private void save(User user, boolean generatedPassword) {
    if (generatedPassword && identityService instanceof IdentityServiceImpl impl) {
      impl.saveUser(user, true);
    } else {
      identityService.saveUser(user);
    }
  }

  @Override
  public void setPassword(String login, String password) {
    User user = identityService.createUserQuery().userId(login).singleResult();
    if (user == null) {
      throw new IllegalArgumentException("Пользователь «" + login + "» не найден");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.setUserInfo(login, OWN_PASSWORD, "true");
  }

  @Override
  public Set<String> withOwnPassword(Collection<String> logins) {
    Set<String> own = new HashSet<>();
    for (String login : new HashSet<>(logins)) {
      if ("true".equals(identityService.getUserInfo(login, OWN_PASSWORD))) {
        own.add(login);
      }
    }
    return own;
  }

  private void ensureGroup(String groupId, GroupSpec spec) {
    Set<String> known = knownGroups();
    if (known.contains(groupId)) {
      return;
    }
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    known.add(groupId);
    if (group != null) {
      return;
    }
    group = identityService.newGroup(groupId);
    group.setName(spec.name());
    group.setType(GROUP_TYPE);
    identityService.saveGroup(group);
    grantRights(groupId, spec.role());
  }

  /**
   * Groups seen to exist in the current transaction: an import of a whole staff list asks for the
   * same few groups once, not once per person. Outside a transaction nothing is remembered.
   */
  @SuppressWarnings("unchecked")
  private static Set<String> knownGroups() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashSet<>();
    }
    Set<String> known = (Set<String>) TransactionSynchronizationManager.getResource(KNOWN_GROUPS);
    if (known == null) {
      Set<String> fresh = new HashSet<>();
      TransactionSynchronizationManager.bindResource(KNOWN_GROUPS, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KNOWN_GROUPS);
        }
      });
      known = fresh;
    }
    return known;
  }

  private void grantRights(String groupId, Role role) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    for (String processKey : StartableProcesses.of(role)) {
      grant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    if (role == Role.MANAGER || role == Role.COORDINATOR) {
      grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    grantReading(groupId, role);
  }

  /**
   * What a role's group reads to see its tasks in full: the definitions of the processes it works in,
   * and the names of the groups of its organization (a mentor's task lists the curators as candidates).
   * Idempotent; {@link AccessRepair} applies it to groups made by earlier versions.
   */
  void grantReading(String groupId, Role role) {
    readable(groupId, role).forEach(target -> grant(groupId, target.resource(), target.resourceId(), Permissions.READ));
  }

  /** A resource a group reads. */
  record Readable(Resource resource, String resourceId) {}

  /** What {@link #grantReading} lets the group read. */
  static List<Readable> readable(String groupId, Role role) {
    List<Readable> readable = new ArrayList<>();
    for (String processKey : WorkedProcesses.of(role)) {
      readable.add(new Readable(Resources.PROCESS_DEFINITION, processKey));
    }
    GroupNames.organizationCode(groupId).ifPresent(organization -> {
      for (String sibling : GroupNames.ofOrganization(organization)) {
        readable.add(new Readable(Resources.GROUP, sibling));
      }
    });
    return readable;
  }

  /** Adds the permissions to the group's grant on the resource; writes nothing when it has them all. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    Arrays.stream(permissions).forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }
}
