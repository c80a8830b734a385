package ru.nastavnik.identity;

import ru.nastavnik.organization.GroupNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import ru.nastavnik.person.Role;

/**
 * The table of {@link WorkedProcesses} is exactly what the BPMN files say: a role works in a process
 * when one of its user tasks names the role's group as a candidate or the role's person as assignee.
 */
class WorkedProcessesTest {

  /** Who a group or assignee expression of our BPMN can be (see the services that set the variables). */
  private static final Map<String, Set<Role>> EXPRESSIONS = Map.of(
      // RoadmapImportService: an organization's curators, or the municipality's coordinators.
      "${reviewerGroup}", EnumSet.of(Role.CURATOR, Role.COORDINATOR),
      // ResponsibleTargets: school curators, the methodical centre's coordinators, the department's managers.
      "${responsibleGroup}", EnumSet.of(Role.CURATOR, Role.COORDINATOR, Role.MANAGER),
      "${escalationGroup}", EnumSet.of(Role.DIRECTOR, Role.MANAGER),
      "${menteeLogin}", EnumSet.of(Role.MENTEE),
      "${mentorLogin}", EnumSet.of(Role.MENTOR));

  private static final Map<String, Role> PREFIXES = Map.of(GroupNames.CURATORS, Role.CURATOR, GroupNames.DIRECTORS, Role.DIRECTOR,
      GroupNames.MENTORS, Role.MENTOR, GroupNames.MENTEES, Role.MENTEE, GroupNames.COORDINATORS, Role.COORDINATOR,
      GroupNames.MANAGERS, Role.MANAGER);

  @Test
  void everyRoleReadsExactlyTheProcessesWhoseTasksItWorksIn() throws IOException {
    Map<Role, Set<String>> worked = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      worked.put(role, new TreeSet<>());
    }
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Resource file : files) {
      BpmnModelInstance model;
      try (InputStream in = file.getInputStream()) {
        model = Bpmn.readModelFromStream(in);
      }
      String process = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaCandidateGroups() != null) {
          for (String group : task.getCamundaCandidateGroups().split(",")) {
            rolesOf(group.trim(), process).forEach(role -> worked.get(role).add(process));
          }
        }
        if (task.getCamundaAssignee() != null) {
          rolesOf(task.getCamundaAssignee().trim(), process).forEach(role -> worked.get(role).add(process));
        }
      }
    }

    for (Role role : Role.values()) {
      if (role.isMunicipal()) {
        // Coordinators and managers read every definition (Cockpit), so they need no list.
        assertThat(WorkedProcesses.of(role)).as(role.name()).isEmpty();
        assertThat(worked.get(role)).as(role + " works in some processes").isNotEmpty();
      } else {
        assertThat(new TreeSet<>(WorkedProcesses.of(role))).as(role.name()).isEqualTo(worked.get(role));
      }
    }
    assertThat(worked.get(Role.CURATOR)).contains("PairFormationProcess", "MentoringProgramProcess", "RoadmapItemProcess");
  }

  private static Set<Role> rolesOf(String expression, String process) {
    if (expression.equals("${initiator}")) {
      Set<Role> starters = EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if (StartableProcesses.of(role).contains(process)) {
          starters.add(role);
        }
      }
      return starters;
    }
    for (Map.Entry<String, Role> prefix : PREFIXES.entrySet()) {
      if (expression.startsWith(prefix.getKey())) {
        return EnumSet.of(prefix.getValue());
      }
    }
    assertThat(EXPRESSIONS).as("who is «" + expression + "» in " + process + "? add it to the test").containsKey(expression);
    return EXPRESSIONS.get(expression);
  }
}
