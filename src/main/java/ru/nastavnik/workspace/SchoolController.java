package ru.nastavnik.workspace;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.system.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonService;

/**
 * A school's pages for its curator and director (and the municipality's staff): the panel and
 * the lists with search and paging. Every read goes through a service that checks access.
 */
@Controller
@RequestMapping("/nastavnik/schools/{id}")
class SchoolController {

  private final Panels panels;
  private final WorkspaceQueries queries;
  private final PersonService people;

  SchoolController(Panels panels, WorkspaceQueries queries, PersonService people) {
    this.panels = panels;
    this.queries = queries;
    this.people = people;
  }

  @GetMapping
  String panel(CurrentUser user, @PathVariable Long id, Model model) {
    Panels.SchoolPanel panel = panels.school(user, id);
    model.addAttribute("school", panel.school());
    model.addAttribute("panel", panel);
    model.addAttribute("section", "panel");
    return "nastavnik/school";
  }

  @GetMapping("/requests")
  String requests(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("school", queries.school(user, id));
    model.addAttribute("list", Listing.of(queries.requests(user, id), q, page,
        r -> String.join(" ", r.mentee(), r.subject() == null ? "" : r.subject(), r.difficulties(), r.statusTitle())));
    model.addAttribute("section", "requests");
    return "nastavnik/requests";
  }

  @GetMapping("/mentors")
  String mentors(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("school", queries.school(user, id));
    model.addAttribute("list", Listing.of(queries.mentors(user, id), q, page,
        m -> String.join(" ", m.name(), m.position() == null ? "" : m.position(), m.competencies(), m.statusTitle())));
    model.addAttribute("trainings", ru.nastavnik.mentor.TrainingStatus.values());
    model.addAttribute("section", "mentors");
    return "nastavnik/mentors";
  }

  @GetMapping("/pairs")
  String pairs(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("school", queries.school(user, id));
    model.addAttribute("list", Listing.of(queries.pairs(user, id), q, page,
        p -> String.join(" ", p.mentee(), p.mentor(), p.statusTitle(), p.programStatus() == null ? "" : p.programStatus())));
    model.addAttribute("section", "pairs");
    return "nastavnik/pairs";
  }

  @GetMapping("/people")
  String people(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    WorkspaceQueries.SchoolInfo school = queries.school(user, id);
    List<Person> all = people.list(user, id);
    model.addAttribute("school", school);
    model.addAttribute("list", Listing.of(all, q, page, p -> String.join(" ", p.getFullName(),
        p.getPosition() == null ? "" : p.getPosition(), p.getCategory().title(), p.getLogin() == null ? "" : p.getLogin())));
    model.addAttribute("section", "people");
    return "nastavnik/people";
  }
}
