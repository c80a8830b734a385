package ru.nastavnik.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.nastavnik.system.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;

/** «Моя пара / Моя программа» for mentors and mentees, and the municipality's panel for its staff. */
@Controller
class MineController {

  private final WorkspaceQueries queries;
  private final Panels panels;

  MineController(WorkspaceQueries queries, Panels panels) {
    this.queries = queries;
    this.panels = panels;
  }

  @GetMapping("/nastavnik/me")
  String me(CurrentUser user, Model model) {
    model.addAttribute("mine", queries.mine(user));
    return "nastavnik/me";
  }

  @GetMapping("/nastavnik/municipalities/{id}")
  String municipality(CurrentUser user, @PathVariable Long id, Model model) {
    model.addAttribute("panel", panels.municipality(user, id));
    return "nastavnik/municipality";
  }
}
