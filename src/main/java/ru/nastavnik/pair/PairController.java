package ru.nastavnik.pair;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/** REST for mentor selection: the candidates of a request, the searches made, the whole-bank suggestion. */
@RestController
@RequestMapping("/api/matching")
@Tag(name = "Подбор наставников", description = "Ранжированные кандидаты, история поиска, оптимальное распределение банка")
class PairController {

  private final PairQueries pairs;
  private final BankAssignmentService bank;
  private final MentoringRequestService requests;
  private final OrganizationService organizations;
  private final OrganizationAccess access;

  PairController(PairQueries pairs, BankAssignmentService bank, MentoringRequestService requests,
      OrganizationService organizations, OrganizationAccess access) {
    this.pairs = pairs;
    this.bank = bank;
    this.requests = requests;
    this.organizations = organizations;
    this.access = access;
  }

  @GetMapping("/requests/{requestId}/candidates")
  @Operation(summary = "Кандидаты в наставники для запроса, лучшие сверху, с объяснением оценки")
  List<CandidateView> candidates(CurrentUser user, @PathVariable Long requestId) {
    checkAccess(user, requestId);
    return pairs.candidates(requestId).stream()
        .map(c -> new CandidateView(c.mentorProfileId(), c.fullName(), c.organization(), c.score(), c.explanation()))
        .toList();
  }

  @GetMapping("/requests/{requestId}/searches")
  @Operation(summary = "Поиски наставника по запросу: сколько кандидатов нашлось и какая поддержка оказана")
  List<SearchView> searches(CurrentUser user, @PathVariable Long requestId) {
    checkAccess(user, requestId);
    return pairs.attemptsOf(requestId).stream()
        .map(a -> new SearchView(a.getAttemptedAt(), a.getCandidates(), a.getSupportNote())).toList();
  }

  @GetMapping("/requests/{requestId}/exclusions")
  @Operation(summary = "Наставники, которых куратор исключил из кандидатов по запросу: кто, когда и почему")
  List<ExclusionView> exclusions(CurrentUser user, @PathVariable Long requestId) {
    checkAccess(user, requestId);
    return pairs.exclusionsOf(requestId).stream()
        .map(e -> new ExclusionView(e.getMentor().getId(), e.getMentor().getPerson().getFullName(), e.getReason(),
            e.getExcludedBy(), e.getExcludedAt()))
        .toList();
  }

  @GetMapping("/bank-assignment")
  @Operation(summary = "Оптимальное распределение всех открытых запросов муниципалитета (или организации) по наставникам")
  BankAssignmentService.Suggestion bankAssignment(CurrentUser user, @RequestParam(required = false) Long municipalityId,
      @RequestParam(required = false) Long organizationId) {
    if (organizationId != null) {
      Organization organization = organizations.organization(user, organizationId);
      return bank.suggest(user, organization.getMunicipality(), organization);
    }
    if (municipalityId == null) {
      throw new BusinessRuleException("municipalityId", "Укажите муниципалитет или организацию");
    }
    return bank.suggest(user, organizations.municipality(municipalityId), null);
  }

  private void checkAccess(CurrentUser user, Long requestId) {
    Organization organization = requests.request(requestId).getOrganization();
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Нет доступа к запросам «" + organization.getShortName() + "»");
    }
  }

  record CandidateView(Long mentorProfileId, String fullName, String organization, int score, String explanation) {}

  record SearchView(Instant attemptedAt, int candidates, String supportNote) {}

  record ExclusionView(Long mentorProfileId, String fullName, String reason, String excludedBy, Instant excludedAt) {}
}
