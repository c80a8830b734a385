package ru.nastavnik.mentor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The bank of mentors. */
public interface MentorProfileRepository extends JpaRepository<MentorProfile, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"person", "organization", "organization.municipality"})
  Optional<MentorProfile> findDetailedById(Long id);

  Optional<MentorProfile> findByPersonId(Long personId);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"person", "organization", "organization.municipality"})
  List<MentorProfile> findByOrganizationMunicipalityIdAndStatus(Long municipalityId, MentorStatus status);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"person"})
  List<MentorProfile> findByOrganizationIdOrderBySubmittedAtDesc(Long organizationId);
}
