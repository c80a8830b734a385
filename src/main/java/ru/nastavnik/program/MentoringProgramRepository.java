package ru.nastavnik.program;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Mentoring programs, one per pair. */
public interface MentoringProgramRepository extends JpaRepository<MentoringProgram, Long> {

  /** The program with its pair, mentee, mentor and organization (fetch joins: the plan is cached, see OrganizationRepository). */
  @Query("select p from MentoringProgram p join fetch p.pair pair join fetch pair.request r join fetch r.mentee"
      + " join fetch pair.mentor m join fetch m.person join fetch p.organization o join fetch o.municipality where p.id = :id")
  Optional<MentoringProgram> findDetailedById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"pair", "pair.request", "pair.request.mentee",
      "pair.mentor", "pair.mentor.person", "organization", "organization.municipality"})
  Optional<MentoringProgram> findDetailedByPairId(Long pairId);

  /** The registry of programs of an organization, oldest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"pair", "pair.request", "pair.request.mentee",
      "pair.mentor", "pair.mentor.person", "organization"})
  java.util.List<MentoringProgram> findByOrganizationIdOrderByCreatedAt(Long organizationId);
}
