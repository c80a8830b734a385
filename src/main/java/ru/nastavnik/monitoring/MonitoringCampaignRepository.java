package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringCampaignRepository extends JpaRepository<MonitoringCampaign, Long> {

  Optional<MonitoringCampaign> findByMunicipalityIdAndAcademicYear(Long municipalityId, int academicYear);

  @EntityGraph(attributePaths = "municipality", type = EntityGraph.EntityGraphType.LOAD)
  Optional<MonitoringCampaign> findWithMunicipalityById(Long id);

  List<MonitoringCampaign> findByMunicipalityIdOrderByAcademicYearDesc(Long municipalityId);
}
