package ru.nastavnik.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

  List<Consent> findByPersonIdOrderByGivenAtDesc(Long personId);

  boolean existsByPersonIdAndKindAndWithdrawnAtIsNull(Long personId, ConsentKind kind);
}
