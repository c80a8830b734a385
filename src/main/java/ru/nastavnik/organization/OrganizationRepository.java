package ru.nastavnik.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organizations, always loaded with their municipality: access checks need its code. */
public interface OrganizationRepository extends JpaRepository<Organization, Long> {

  // Fetch joins in JPQL rather than an entity graph: Hibernate caches the plan of a JPQL query, while a
  // query with an entity graph is translated to SQL again on every call (processes ask this on every task).
  @Query("select o from Organization o join fetch o.municipality where o.code = :code")
  Optional<Organization> findByCode(String code);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  Optional<Organization> findWithMunicipalityById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  List<Organization> findByMunicipalityIdOrderByName(Long municipalityId);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = "municipality")
  List<Organization> findAllByOrderByName();
}
