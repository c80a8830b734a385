package ru.nastavnik.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {
  Optional<Municipality> findByCode(String code);
}
