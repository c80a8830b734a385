package ru.nastavnik.workspace;

import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.notification.Letters;
import ru.nastavnik.notification.Notification;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;

/** «Письма»: the reminders and escalations the user received, as they were sent. */
@Controller
class LettersController {

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

  private final Letters letters;
  private final PersonRepository people;

  LettersController(Letters letters, PersonRepository people) {
    this.letters = letters;
    this.people = people;
  }

  @GetMapping("/nastavnik/letters")
  String letters(CurrentUser user, @RequestParam(defaultValue = "1") int page, Model model) {
    Person person = people.findByLogin(user.userId()).orElse(null);
    ZoneId zone = person == null ? DEFAULT_ZONE : person.getOrganization().getMunicipality().getTimeZone();
    Page<Notification> found = letters.received(user, person == null ? null : person.getEmail(), page - 1);
    model.addAttribute("letters", found.getContent().stream().map(n -> new Letter(FormDates.ru(n.getCreatedAt(), zone),
        n.getRecipientGroup(), n.getRecipients(), n.getSubject(), n.getBody(), statusTitle(n.getStatus()))).toList());
    model.addAttribute("page", found.getNumber() + 1);
    model.addAttribute("pages", Math.max(1, found.getTotalPages()));
    model.addAttribute("total", found.getTotalElements());
    return "nastavnik/letters";
  }

  /** A letter as the page shows it. */
  record Letter(String sent, String to, String addresses, String subject, String body, String status) {}

  private static String statusTitle(String status) {
    return switch (status) {
      case Notification.SENT -> "доставлено";
      case Notification.QUEUED -> "отправляется";
      case Notification.FAILED -> "не доставлено, повторим";
      case Notification.NO_RECIPIENTS -> "адресатов с почтой нет";
      default -> status;
    };
  }
}
