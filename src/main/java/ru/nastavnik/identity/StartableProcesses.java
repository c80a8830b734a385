package ru.nastavnik.identity;

import java.util.List;
import ru.nastavnik.person.Role;

/** Which processes a role may start from Tasklist («Запустить процесс»). */
final class StartableProcesses {

  private StartableProcesses() {}

  static List<String> of(Role role) {
    return switch (role) {
      case CURATOR -> List.of("MentoringRequestProcess", "MentorEnrollmentProcess", "RoadmapImportProcess");
      case MENTEE -> List.of("MentoringRequestProcess");
      case MENTOR -> List.of("MentorEnrollmentProcess");
      case COORDINATOR -> List.of("RoadmapImportProcess");
      case DIRECTOR, MANAGER -> List.of();
    };
  }
}
