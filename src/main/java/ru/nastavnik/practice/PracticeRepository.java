package ru.nastavnik.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Entries of the bank of successful practices, one per program. */
public interface PracticeRepository extends JpaRepository<Practice, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"program", "program.pair",
      "program.pair.request", "program.pair.request.mentee", "program.pair.mentor", "program.pair.mentor.person",
      "organization", "organization.municipality"})
  Optional<Practice> findDetailedById(Long id);

  Optional<Practice> findByProgramId(Long programId);

  /** The practices of some organizations (a municipality or one of its organizations), newest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"program", "program.pair",
      "program.pair.request", "program.pair.request.mentee", "program.pair.mentor", "program.pair.mentor.person",
      "organization", "organization.municipality"})
  List<Practice> findByOrganizationIdInOrderByProposedAtDesc(Collection<Long> organizationIds);
}
