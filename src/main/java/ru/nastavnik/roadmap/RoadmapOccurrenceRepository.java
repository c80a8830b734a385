package ru.nastavnik.roadmap;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.system.NotFoundException;

/** Occurrences of roadmap items. */
public interface RoadmapOccurrenceRepository extends JpaRepository<RoadmapOccurrence, Long> {

  /** The occurrence with its item, roadmap and organization (fetch joins: the plan is cached, see OrganizationRepository). */
  @Query("select o from RoadmapOccurrence o join fetch o.item i join fetch i.roadmap r left join fetch r.municipality"
      + " join fetch o.organization org left join fetch org.municipality where o.id = :id")
  Optional<RoadmapOccurrence> findDetailedById(Long id);

  /** The occurrence with its item, roadmap and organization; a Russian «not found» otherwise. */
  default RoadmapOccurrence detailed(Long id) {
    return findDetailedById(id).orElseThrow(() -> new NotFoundException("Срок мероприятия № " + id + " не найден"));
  }

  /** Planned occurrences of a roadmap that are relevant by {@code now}, earliest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"item", "organization"})
  @Query("select o from RoadmapOccurrence o where o.item.roadmap.id = :roadmapId and o.status = :status"
      + " and o.activateAt <= :now order by o.activateAt, o.id")
  List<RoadmapOccurrence> findRelevant(Long roadmapId, OccurrenceStatus status, Instant now, Pageable page);

  @Query("select min(o.activateAt) from RoadmapOccurrence o where o.item.roadmap.id = :roadmapId and o.status = :status")
  Optional<Instant> nextActivation(Long roadmapId, OccurrenceStatus status);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"item", "organization"})
  List<RoadmapOccurrence> findByItemIdInOrderByDueDateAscIdAsc(Collection<Long> itemIds);

  /** Occurrences of a roadmap in the given (undone) statuses, by due date: the period summary's list. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"item", "organization"})
  @Query("select o from RoadmapOccurrence o where o.item.roadmap.id = :roadmapId and o.status in :statuses"
      + " order by o.dueDate, o.id")
  List<RoadmapOccurrence> findUndone(Long roadmapId, Collection<OccurrenceStatus> statuses);

  @Query("select o.status, count(o) from RoadmapOccurrence o where o.item.roadmap.id = :roadmapId group by o.status")
  List<Object[]> countByStatus(Long roadmapId);

  /** The organizations that execute some item of the roadmap (a municipal roadmap's schools, say). */
  @Query("select distinct o.organization from RoadmapOccurrence o where o.item.roadmap.id = :roadmapId")
  List<ru.nastavnik.organization.Organization> executingOrganizations(Long roadmapId);

  /** Ids of running occurrences whose item is closed by a fact and whose process waits for it. */
  @Query("select o.id from RoadmapOccurrence o where o.item.systemFact is not null and o.status in :statuses"
      + " and o.processInstanceId is not null and o.dueDate is not null order by o.dueDate, o.id")
  List<Long> waitingForFact(java.util.Collection<OccurrenceStatus> statuses, Pageable page);
}
