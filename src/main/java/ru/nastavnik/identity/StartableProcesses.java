package ru.nastavnik.identity;

import java.util.List;
import ru.nastavnik.person.Role;

/** Which processes a role may start from Tasklist («Запустить процесс»). */
final class StartableProcesses {

  private StartableProcesses() {}

  static List<String> of(Role role) {
    return switch (role) {
      case CURATOR -> List.of("MentoringRequestProcess", "MentorEnrollmentProcess", "RoadmapImportProcess");
      // Any teacher may offer to become a mentor, a mentee included.
      case MENTEE -> List.of("MentoringRequestProcess", "MentorEnrollmentProcess");
      case MENTOR, DIRECTOR -> List.of("MentorEnrollmentProcess");
      case COORDINATOR -> List.of("RoadmapImportProcess");
      case MANAGER -> List.of();
    };
  }
}
