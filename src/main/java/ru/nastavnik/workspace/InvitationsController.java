package ru.nastavnik.workspace;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.onboarding.Invitations;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;

/**
 * Invitations from a school's «Педагоги» page, through the same service as
 * {@code POST /api/people/{id}/invitation} and {@code POST /api/people/invitations}: a one-time
 * link to set a password, e-mailed to the person and shown to the curator to hand over when the
 * person has no e-mail. The rights are the service's: another school's person is refused (403).
 */
@Controller
@RequestMapping("/nastavnik/schools/{id}")
class InvitationsController {

  /** What the page shows after an invitation: who, the link, until when, whether it was e-mailed. */
  /** Shown once after the redirect: a flash attribute, kept in the shared session, hence serializable. */
  record Issued(String fullName, String login, String link, String until, boolean emailed) implements java.io.Serializable {}

  private final Invitations invitations;
  private final WorkspaceQueries queries;

  InvitationsController(Invitations invitations, WorkspaceQueries queries) {
    this.invitations = invitations;
    this.queries = queries;
  }

  @PostMapping("/people/{person}/invitation")
  String invite(CurrentUser user, @PathVariable Long id, @PathVariable Long person, RedirectAttributes redirect) {
    WorkspaceQueries.SchoolInfo school = queries.school(user, id);
    try {
      Invitations.Invitation invitation = invitations.invite(user, person);
      redirect.addFlashAttribute("issued", List.of(new Issued(invitation.fullName(), invitation.login(), invitation.link(),
          FormDates.ru(invitation.expiresAt(), school.zone()), invitation.emailed())));
      redirect.addFlashAttribute("notice", "Приглашение для «" + invitation.fullName() + "» создано"
          + (invitation.emailed() ? " и отправлено на почту." : "; адреса почты нет — передайте ссылку сами."));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/nastavnik/schools/" + id + "/people";
  }

  @PostMapping("/invitations")
  String inviteAll(CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
    WorkspaceQueries.SchoolInfo school = queries.school(user, id);
    List<Invitations.BulkRow> rows = invitations.inviteAll(user, id);
    List<Issued> issued = rows.stream().filter(r -> r.link() != null)
        .map(r -> new Issued(r.fullName(), r.login(), r.link(), FormDates.ru(r.expiresAt(), school.zone()), false)).toList();
    redirect.addFlashAttribute("issued", issued);
    redirect.addFlashAttribute("notice", issued.isEmpty()
        ? "Приглашать некого: у всех участников с логином уже есть свой пароль."
        : "Приглашения созданы: " + issued.size() + ". Письма ушли тем, у кого указана почта.");
    return "redirect:/nastavnik/schools/" + id + "/people";
  }
}
