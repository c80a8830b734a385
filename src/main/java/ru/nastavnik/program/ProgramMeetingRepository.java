package ru.nastavnik.program;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Meetings of the programs. */
interface ProgramMeetingRepository extends JpaRepository<ProgramMeeting, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"program", "program.pair",
      "program.pair.request", "program.pair.request.mentee", "program.pair.mentor", "program.pair.mentor.person",
      "program.organization", "program.organization.municipality"})
  Optional<ProgramMeeting> findDetailedById(Long id);
}
