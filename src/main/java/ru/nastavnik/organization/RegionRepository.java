package ru.nastavnik.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {
  Optional<Region> findByCode(String code);
}
