package ru.nastavnik.pair;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Pairs. */
public interface MentoringPairRepository extends JpaRepository<MentoringPair, Long> {

  /** The pair with its request, mentee, mentor and organization (fetch joins: the plan is cached, see OrganizationRepository). */
  @Query("select p from MentoringPair p join fetch p.request r join fetch r.mentee join fetch p.mentor m"
      + " join fetch m.person join fetch p.organization o join fetch o.municipality where p.id = :id")
  Optional<MentoringPair> findDetailedById(Long id);

  /** The pairs of one group (групповое наставничество), as the order lists them. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"request", "request.mentee", "mentor",
      "mentor.person", "organization", "organization.municipality"})
  List<MentoringPair> findByGroupCodeOrderById(String groupCode);

  List<MentoringPair> findByRequestIdAndStatus(Long requestId, PairStatus status);

  /** Every pair proposed for a request, oldest first. */
  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"mentor", "mentor.person"})
  List<MentoringPair> findByRequestIdOrderByProposedAt(Long requestId);

  /** How many places each mentor of the municipality has taken: [mentorProfileId, count]. */
  @Query("select p.mentor.id, count(p) from MentoringPair p where p.status in :statuses"
      + " and p.organization.municipality.id = :municipalityId group by p.mentor.id")
  List<Object[]> loadByMentor(Long municipalityId, Collection<PairStatus> statuses);

  /** Requests of the municipality that already have a pair in one of these states. */
  @Query("select p.request.id from MentoringPair p where p.status in :statuses"
      + " and p.organization.municipality.id = :municipalityId")
  List<Long> requestsWithPair(Long municipalityId, Collection<PairStatus> statuses);
}
