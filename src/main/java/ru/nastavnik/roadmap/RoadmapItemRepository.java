package ru.nastavnik.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Items of roadmaps. */
public interface RoadmapItemRepository extends JpaRepository<RoadmapItem, Long> {

  List<RoadmapItem> findByRoadmapIdOrderBySortOrder(Long roadmapId);
}
