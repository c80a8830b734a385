package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

  @EntityGraph(attributePaths = {"organization", "organization.municipality", "campaign"}, type = EntityGraph.EntityGraphType.LOAD)
  Optional<MonitoringReport> findWithOrganizationById(Long id);

  @EntityGraph(attributePaths = "organization", type = EntityGraph.EntityGraphType.LOAD)
  List<MonitoringReport> findByCampaignIdOrderById(Long campaignId);

  Optional<MonitoringReport> findByCampaignIdAndKindAndOrganizationId(Long campaignId, ReportKind kind, Long organizationId);
}
