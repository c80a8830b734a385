package ru.nastavnik.person;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** People, loaded with organization and municipality: access checks need both codes. */
public interface PersonRepository extends JpaRepository<Person, Long> {

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"organization", "organization.municipality"})
  Optional<Person> findWithOrganizationById(Long id);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"organization", "organization.municipality"})
  Optional<Person> findByLogin(String login);

  @EntityGraph(type = EntityGraph.EntityGraphType.LOAD, attributePaths = {"organization", "organization.municipality"})
  List<Person> findByOrganizationIdOrderByFullName(Long organizationId);

  boolean existsByLogin(String login);
}
