package ru.nastavnik.identity;

import java.util.List;
import ru.nastavnik.person.Role;

/**
 * The processes whose tasks a role works in (as a candidate group or as the assignee). Its groups
 * read their definitions, so that Tasklist shows the process name and the diagram of the task.
 * Coordinators and managers read every definition anyway (Cockpit); processes a role may start are
 * readable through {@link StartableProcesses}. {@code WorkedProcessesTest} checks this table against
 * the candidate groups and assignees of the BPMN files.
 */
final class WorkedProcesses {

  private WorkedProcesses() {}

  static List<String> of(Role role) {
    return switch (role) {
      case CURATOR -> List.of("MentoringRequestProcess", "MentorEnrollmentProcess", "PairFormationProcess",
          "MentoringProgramProcess", "PracticeReviewProcess", "RoadmapImportProcess", "RoadmapItemProcess",
          "OrganizationReportProcess");
      // Orders fixing pairs, reward decisions, escalated roadmap items of the school.
      case DIRECTOR -> List.of("PairFormationProcess", "MentoringProgramProcess", "RoadmapItemProcess");
      case MENTOR -> List.of("PairFormationProcess", "MentoringProgramProcess");
      // Clarifying a returned request, agreeing to a pair, the program's feedback and surveys.
      case MENTEE -> List.of("MentoringRequestProcess", "PairFormationProcess", "MentoringProgramProcess");
      case COORDINATOR, MANAGER -> List.of();
    };
  }
}
