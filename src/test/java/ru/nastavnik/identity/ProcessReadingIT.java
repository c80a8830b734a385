package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Role;

/**
 * Staff read the definitions of the processes they work in (Tasklist shows the process name and the
 * diagram of a task), the names of their organization's groups and, as curators and directors, of its
 * people; nothing beyond. Groups made by earlier versions get the same at start-up.
 */
class ProcessReadingIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired AccessRepair repair;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCuratorReadsThePairFormationDefinitionAndItsDiagram() throws Exception {
    ResponseEntity<String> xml = as("curator1").getForEntity("/engine-rest/process-definition/key/PairFormationProcess/xml",
        String.class);
    assertThat(xml.getStatusCode()).as(xml.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(xml.getBody()).get("bpmn20Xml").asText()).contains("<bpmn:process id=\"PairFormationProcess\"");
    ResponseEntity<String> definition = as("curator1").getForEntity("/engine-rest/process-definition/key/PairFormationProcess",
        String.class);
    assertThat(JSON.readTree(definition.getBody()).get("name").asText()).isEqualTo("Формирование наставнической пары");
    // A mentee never works in the yearly monitoring: she does not read it.
    assertThat(as("mentee1a").getForEntity("/engine-rest/process-definition/key/AnnualMonitoringProcess/xml", String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void everyRoleReadsTheDefinitionsOfItsWorkAndNoOther() {
    Map<String, Role> logins = Map.of("curator1", Role.CURATOR, "director1", Role.DIRECTOR, "mentor1a", Role.MENTOR,
        "mentee1b", Role.MENTEE, "coordinator", Role.COORDINATOR, "manager", Role.MANAGER);
    Set<String> keys = new HashSet<>();
    repository.createProcessDefinitionQuery().latestVersion().list().stream().map(ProcessDefinition::getKey).forEach(keys::add);
    assertThat(keys).hasSizeGreaterThanOrEqualTo(10);
    logins.forEach((login, role) -> {
      for (String key : keys) {
        boolean expected = role.isMunicipal() || WorkedProcesses.of(role).contains(key) || StartableProcesses.of(role).contains(key);
        HttpStatus status = HttpStatus.valueOf(as(login).getForEntity("/engine-rest/process-definition/key/" + key + "/xml",
            String.class).getStatusCode().value());
        assertThat(status == HttpStatus.OK).as(login + " reads " + key).isEqualTo(expected);
      }
    });
  }

  @Test
  void theGroupsOfASchoolReadEachOthersNamesAndItsCuratorsReadItsPeople() throws Exception {
    ResponseEntity<String> curators = as("mentor1a").getForEntity("/engine-rest/group/curators-khm-sch1", String.class);
    assertThat(curators.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(curators.getBody()).get("name").asText()).isEqualTo("Кураторы: СОШ № 1");
    assertThat(as("mentor1a").getForEntity("/engine-rest/group/curators-khm-sch2", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<String> profile = as("curator1").getForEntity("/engine-rest/user/mentor1a/profile", String.class);
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(profile.getBody()).get("lastName").asText()).isEqualTo("Волкова");
    assertThat(as("director1").getForEntity("/engine-rest/user/mentee1a/profile", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("curator2").getForEntity("/engine-rest/user/mentor1a/profile", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(as("mentee1a").getForEntity("/engine-rest/user/mentor1a/profile", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void whoLeavesASchoolIsNoLongerReadByItsCurators() {
    accounts.sync("mv-curator-a", "Анна", "Кураторова", null,
        Map.of("curators-mv-a", new Accounts.GroupSpec("Кураторы: Школа МА", Role.CURATOR)));
    accounts.sync("mv-curator-b", "Борис", "Кураторов", null,
        Map.of("curators-mv-b", new Accounts.GroupSpec("Кураторы: Школа МБ", Role.CURATOR)));
    accounts.setPassword("mv-curator-a", DEMO_PASSWORD);
    accounts.setPassword("mv-curator-b", DEMO_PASSWORD);
    accounts.sync("mv-teacher", "Ирина", "Переходова", null,
        Map.of("mentees-mv-a", new Accounts.GroupSpec("Наставляемые: Школа МА", Role.MENTEE)));
    assertThat(profileStatus("mv-curator-a", "mv-teacher")).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus("mv-curator-b", "mv-teacher")).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    accounts.sync("mv-teacher", "Ирина", "Переходова", null,
        Map.of("mentees-mv-b", new Accounts.GroupSpec("Наставляемые: Школа МБ", Role.MENTEE)));
    assertThat(profileStatus("mv-curator-a", "mv-teacher")).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(profileStatus("mv-curator-b", "mv-teacher")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void groupsMadeByEarlierVersionsGetTheirReadingRightsAtStartUp() {
    // What an earlier version left: a school's curators and mentees with only the rights it gave then, and
    // Camunda's English name of the administrators' group.
    oldGroup("curators-old-a", "Кураторы: Старая школа", Role.CURATOR);
    oldGroup("mentees-old-a", "Наставляемые: Старая школа", Role.MENTEE);
    User teacher = identity.newUser("old-teacher");
    teacher.setFirstName("Ольга");
    teacher.setLastName("Старожилова");
    teacher.setPassword("Старый-пароль-2024");
    identity.saveUser(teacher);
    identity.createMembership("old-teacher", "mentees-old-a");
    Group admins = identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
    admins.setName("camunda BPM Administrators");
    identity.saveGroup(admins);
    assertThat(granted("curators-old-a", Resources.PROCESS_DEFINITION, "PairFormationProcess", Permissions.READ)).isFalse();

    repair.run(null);

    for (String process : WorkedProcesses.of(Role.CURATOR)) {
      assertThat(granted("curators-old-a", Resources.PROCESS_DEFINITION, process, Permissions.READ)).as(process).isTrue();
    }
    assertThat(granted("mentees-old-a", Resources.PROCESS_DEFINITION, "PairFormationProcess", Permissions.READ)).isTrue();
    assertThat(granted("mentees-old-a", Resources.PROCESS_DEFINITION, "AnnualMonitoringProcess", Permissions.READ)).isFalse();
    assertThat(granted("mentees-old-a", Resources.GROUP, "curators-old-a", Permissions.READ)).isTrue();
    assertThat(granted("curators-old-a", Resources.USER, "old-teacher", Permissions.READ)).isTrue();
    assertThat(granted("directors-old-a", Resources.USER, "old-teacher", Permissions.READ)).isTrue();
    // The start rights of the earlier version stay as they were.
    assertThat(granted("curators-old-a", Resources.PROCESS_DEFINITION, "MentoringRequestProcess", Permissions.CREATE_INSTANCE))
        .isTrue();
    assertThat(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName())
        .isEqualTo(AccessRepair.ADMIN_GROUP_NAME);

    // Once is enough: the next start-up writes nothing (grants on instances come and go with the processes meanwhile).
    String grants = "select ID_, REV_, PERMS_ from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ in ("
        + Resources.USER.resourceType() + ", " + Resources.GROUP.resourceType() + ", "
        + Resources.PROCESS_DEFINITION.resourceType() + ") order by ID_";
    List<Map<String, Object>> before = jdbc.queryForList(grants);
    repair.run(null);
    assertThat(jdbc.queryForList(grants)).isEqualTo(before);
  }

  /** A group as an earlier version made it: Tasklist and the start rights of its role, nothing to read. */
  private void oldGroup(String groupId, String name, Role role) {
    Group group = identity.newGroup(groupId);
    group.setName(name);
    group.setType(CamundaAccounts.GROUP_TYPE);
    identity.saveGroup(group);
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String process : StartableProcesses.of(role)) {
      grant(groupId, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private boolean granted(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    return authorization != null && authorization.isPermissionGranted(permission);
  }

  private HttpStatus profileStatus(String reader, String login) {
    return HttpStatus.valueOf(as(reader).getForEntity("/engine-rest/user/" + login + "/profile", String.class)
        .getStatusCode().value());
  }
}
