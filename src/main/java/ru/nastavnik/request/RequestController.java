package ru.nastavnik.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.ForbiddenException;

/** REST for the bank of mentees of an organization and its yearly collection campaign. */
@RestController
@Tag(name = "Банк наставляемых", description = "Запросы наставляемых и сроки ежегодного сбора запросов")
class RequestController {

  private final MentoringRequestService service;
  private final MentoringRequestRepository requests;
  private final OrganizationService organizations;
  private final OrganizationAccess access;

  RequestController(MentoringRequestService service, MentoringRequestRepository requests,
      OrganizationService organizations, OrganizationAccess access) {
    this.service = service;
    this.requests = requests;
    this.organizations = organizations;
    this.access = access;
  }

  @GetMapping("/api/organizations/{organizationId}/requests")
  @Operation(summary = "Запросы наставляемых организации, новые сверху")
  List<RequestView> requests(CurrentUser user, @PathVariable Long organizationId) {
    Organization organization = organizations.organization(user, organizationId);
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Нет доступа к банку наставляемых «" + organization.getShortName() + "»");
    }
    return requests.findByOrganizationIdOrderByFiledAtDesc(organizationId).stream().map(RequestView::of).toList();
  }

  @PutMapping("/api/organizations/{organizationId}/request-campaigns/{academicYear}")
  @Operation(summary = "Установить дату окончания сбора запросов на учебный год (по умолчанию 30 сентября)")
  CampaignView campaign(CurrentUser user, @PathVariable Long organizationId, @PathVariable int academicYear,
      @Valid @RequestBody CampaignRequest request) {
    CollectionCampaign campaign = service.setCampaignClosing(user,
        organizations.organization(user, organizationId), FormDates.academicYear(academicYear, "academicYear"), request.closesOn());
    return new CampaignView(campaign.getOrganizationId(), campaign.getAcademicYear(), campaign.getClosesOn());
  }

  record CampaignRequest(@NotNull(message = "укажите дату окончания сбора запросов") LocalDate closesOn) {}

  record CampaignView(Long organizationId, int academicYear, LocalDate closesOn) {}

  record RequestView(Long id, Long menteeId, String menteeName, RequestStatus status, String statusTitle, boolean late,
      boolean reviewOverdue, Set<String> difficulties, String otherDifficulty, String subject, MentoringForm desiredForm,
      Instant filedAt, String curatorComment) {
    static RequestView of(MentoringRequest r) {
      return new RequestView(r.getId(), r.getMentee().getId(), r.getMentee().getFullName(), r.getStatus(),
          r.getStatus().title(), r.isLate(), r.isReviewOverdue(), r.getDifficulties(), r.getOtherDifficulty(),
          r.getSubject(), r.getDesiredForm(), r.getFiledAt(), r.getCuratorComment());
    }
  }
}
