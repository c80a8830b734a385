package ru.nastavnik.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Confirmed roadmaps. */
public interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"municipality", "organization",
      "organization.municipality"})
  Optional<Roadmap> findDetailedById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"municipality", "organization",
      "organization.municipality"})
  List<Roadmap> findAllByOrderByImportedAtDesc();
}
