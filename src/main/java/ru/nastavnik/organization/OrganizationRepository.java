package ru.nastavnik.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Organizations, always loaded with their municipality: access checks need its code. */
public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  Optional<Organization> findByCode(String code);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  Optional<Organization> findWithMunicipalityById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  List<Organization> findByMunicipalityIdOrderByName(Long municipalityId);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  List<Organization> findAllByOrderByName();
}
