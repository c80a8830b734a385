package ru.nastavnik.pair;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorExclusionRepository extends JpaRepository<MentorExclusion, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"mentor", "mentor.person"})
  List<MentorExclusion> findByRequestIdOrderByExcludedAt(Long requestId);
}
