package ru.nastavnik.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionCampaignRepository extends JpaRepository<CollectionCampaign, Long> {
  Optional<CollectionCampaign> findByOrganizationIdAndAcademicYear(Long organizationId, int academicYear);
}
