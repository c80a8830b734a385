package ru.nastavnik.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Requests of the bank of mentees. */
public interface MentoringRequestRepository extends JpaRepository<MentoringRequest, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"mentee", "organization", "organization.municipality"})
  Optional<MentoringRequest> findDetailedById(Long id);

  List<MentoringRequest> findByMenteeIdAndStatusIn(Long menteeId, Collection<RequestStatus> statuses);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"mentee"})
  List<MentoringRequest> findByOrganizationIdOrderByFiledAtDesc(Long organizationId);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"mentee", "organization"})
  List<MentoringRequest> findByOrganizationMunicipalityIdAndStatusInOrderByFiledAt(Long municipalityId,
      Collection<RequestStatus> statuses);
}
