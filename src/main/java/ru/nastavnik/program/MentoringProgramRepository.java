package ru.nastavnik.program;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Mentoring programs, one per pair. */
public interface MentoringProgramRepository extends JpaRepository<MentoringProgram, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"pair", "pair.request", "pair.request.mentee",
      "pair.mentor", "pair.mentor.person", "organization", "organization.municipality"})
  Optional<MentoringProgram> findDetailedById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"pair", "pair.request", "pair.request.mentee",
      "pair.mentor", "pair.mentor.person", "organization", "organization.municipality"})
  Optional<MentoringProgram> findDetailedByPairId(Long pairId);

  /** The registry of programs of an organization, oldest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"pair", "pair.request", "pair.request.mentee",
      "pair.mentor", "pair.mentor.person", "organization"})
  java.util.List<MentoringProgram> findByOrganizationIdOrderByCreatedAt(Long organizationId);
}
