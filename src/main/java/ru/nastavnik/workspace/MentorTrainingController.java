package ru.nastavnik.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;

/**
 * The curator marks a mentor's training from the school's mentor bank, through the same service as
 * {@code PUT /api/mentors/{id}/training}: another school's mentor is refused (403), an unknown status
 * is named on the page and changes nothing.
 */
@Controller
@RequestMapping("/nastavnik/schools/{id}")
class MentorTrainingController {

  private final MentorBankService mentors;
  private final WorkspaceQueries queries;

  MentorTrainingController(MentorBankService mentors, WorkspaceQueries queries) {
    this.mentors = mentors;
    this.queries = queries;
  }

  @PostMapping("/mentors/{profile}/training")
  String markTraining(CurrentUser user, @PathVariable Long id, @PathVariable Long profile,
      @RequestParam(required = false) String trainingStatus, RedirectAttributes redirect) {
    queries.school(user, id);
    try {
      TrainingStatus status = TrainingStatus.parse(trainingStatus);
      mentors.updateTraining(user, profile, status);
      String name = queries.mentors(user, id).stream().filter(m -> m.id().equals(profile))
          .map(WorkspaceQueries.MentorRow::name).findFirst().orElse("№ " + profile);
      redirect.addFlashAttribute("notice", "Наставник «" + name + "»: " + status.title().toLowerCase(java.util.Locale.ROOT)
          + ".");
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/nastavnik/schools/" + id + "/mentors";
  }
}
