package ru.nastavnik.identity;

import ru.nastavnik.organization.GroupNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.person.Role;

/**
 * Gives groups and people made by earlier versions what {@link CamundaAccounts} gives new ones, once at
 * start-up: every role group reads the definitions of the processes it works in and the names of its
 * organization's groups; curators and directors read the names of their organization's people. The
 * administrators' group gets a Russian name. Idempotent: reads the grants in two queries and writes
 * only the missing ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessRepair implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessRepair.class);
  static final String ADMIN_GROUP_NAME = "Администраторы системы";
  /** The name Camunda gives the administrators' group it creates. */
  private static final String CAMUNDA_ADMIN_GROUP_NAME = "camunda BPM Administrators";

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final CamundaAccounts accounts;

  AccessRepair(JdbcTemplate jdbc, IdentityService identityService, CamundaAccounts accounts) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<String> readByGroups = new HashSet<>();
    jdbc.query("select GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION"
            + " where TYPE_ = ? and GROUP_ID_ is not null and RESOURCE_TYPE_ in (?, ?, ?)",
        rs -> {
          if ((rs.getInt(4) & Permissions.READ.getValue()) != 0) {
            readByGroups.add(key(rs.getString(1), rs.getInt(2), rs.getString(3)));
          }
        }, Authorization.AUTH_TYPE_GRANT, Resources.USER.resourceType(), Resources.GROUP.resourceType(),
        Resources.PROCESS_DEFINITION.resourceType());

    int groups = 0;
    for (String groupId : jdbc.queryForList("select ID_ from ACT_ID_GROUP", String.class)) {
      Role role = roleOf(groupId);
      if (role != null && CamundaAccounts.readable(groupId, role).stream()
          .anyMatch(r -> !readByGroups.contains(key(groupId, r.resource(), r.resourceId())))) {
        accounts.grantReading(groupId, role);
        groups++;
      }
    }

    Map<String, Set<String>> memberships = new HashMap<>();
    jdbc.query("select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP",
        rs -> { memberships.computeIfAbsent(rs.getString(1), login -> new LinkedHashSet<>()).add(rs.getString(2)); });
    int people = 0;
    for (Map.Entry<String, Set<String>> member : memberships.entrySet()) {
      String login = member.getKey();
      boolean missing = CamundaAccounts.organizationsOf(member.getValue()).stream()
          .flatMap(organization -> CamundaAccounts.nameReaders(organization).stream())
          .anyMatch(reader -> !readByGroups.contains(key(reader, Resources.USER, login)));
      if (missing) {
        accounts.showNameInOrganizations(login, member.getValue(), Set.of());
        people++;
      }
    }

    boolean renamed = renameAdministrators();
    if (groups > 0 || people > 0 || renamed) {
      LOG.info("Права на чтение выданы по правилам: группам — {}, чтение имён сотрудников — {}; группа администраторов"
          + " переименована — {}", groups, people, renamed ? "да" : "нет");
    }
  }

  private boolean renameAdministrators() {
    Group admins = identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
    if (admins == null || !CAMUNDA_ADMIN_GROUP_NAME.equals(admins.getName())) {
      return false;
    }
    admins.setName(ADMIN_GROUP_NAME);
    identityService.saveGroup(admins);
    return true;
  }

  /** The role whose group this is, or null for a group this application does not manage. */
  static Role roleOf(String groupId) {
    if (groupId.startsWith(GroupNames.DIRECTORS)) return Role.DIRECTOR;
    if (groupId.startsWith(GroupNames.CURATORS)) return Role.CURATOR;
    if (groupId.startsWith(GroupNames.MENTORS)) return Role.MENTOR;
    if (groupId.startsWith(GroupNames.MENTEES)) return Role.MENTEE;
    if (groupId.startsWith(GroupNames.COORDINATORS)) return Role.COORDINATOR;
    if (groupId.startsWith(GroupNames.MANAGERS)) return Role.MANAGER;
    return null;
  }

  private static String key(String groupId, Resource resource, String resourceId) {
    return key(groupId, resource.resourceType(), resourceId);
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + '\u0000' + resourceType + '\u0000' + resourceId;
  }
}
