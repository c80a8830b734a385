package ru.nastavnik.mentor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.system.CurrentUser;

/** REST for the bank of mentors. */
@RestController
@RequestMapping("/api/mentors")
@Tag(name = "Банк наставников", description = "Анкеты наставников, решение куратора, обучение")
class MentorController {

  private final MentorBankService service;
  private final OrganizationService organizations;

  MentorController(MentorBankService service, OrganizationService organizations) {
    this.service = service;
    this.organizations = organizations;
  }

  @GetMapping
  @Operation(summary = "Банк наставников организации")
  List<MentorView> bank(CurrentUser user, @RequestParam Long organizationId) {
    return service.bankOf(user, organizations.organization(user, organizationId)).stream().map(MentorView::of).toList();
  }

  @PutMapping("/{id}/training")
  @Operation(summary = "Отметить обучение наставника")
  MentorView training(CurrentUser user, @PathVariable Long id, @Valid @RequestBody TrainingRequest request) {
    return MentorView.of(service.updateTraining(user, id, request.trainingStatus()));
  }

  record TrainingRequest(@NotNull(message = "укажите статус обучения: NOT_STARTED, IN_PROGRESS или COMPLETED")
      TrainingStatus trainingStatus) {}

  record MentorView(Long id, Long personId, String fullName, Long organizationId, MentorStatus status, String statusTitle,
      TrainingStatus trainingStatus, String trainingTitle, int capacity, Set<String> competencies,
      Set<MentoringForm> forms, Instant submittedAt, String curatorComment) {
    static MentorView of(MentorProfile p) {
      return new MentorView(p.getId(), p.getPerson().getId(), p.getPerson().getFullName(), p.getOrganization().getId(),
          p.getStatus(), p.getStatus().title(), p.getTrainingStatus(), p.getTrainingStatus().title(), p.getCapacity(),
          p.getCompetencies(), p.getForms(), p.getSubmittedAt(), p.getCuratorComment());
    }
  }
}
