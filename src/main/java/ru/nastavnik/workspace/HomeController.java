package ru.nastavnik.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and the start page, which leads each user to their own part of the workspace. */
@Controller
class HomeController {

  @GetMapping(WorkspaceFilter.LOGIN)
  String login(@RequestParam(required = false) String next, Model model) {
    // Only a path of the workspace itself: never an open redirect.
    model.addAttribute("next", next != null && next.startsWith(WorkspaceFilter.ROOT) && !next.startsWith("//")
        && !next.contains("\\") ? next : WorkspaceFilter.ROOT);
    return "nastavnik/login";
  }

  @GetMapping(WorkspaceFilter.ROOT)
  String home(@ModelAttribute("viewer") Viewer viewer) {
    if (viewer.schools().size() == 1 && !viewer.watchesMunicipalities()) {
      return "redirect:/nastavnik/schools/" + viewer.schools().get(0).id();
    }
    if (viewer.municipalities().size() == 1 && !viewer.runsSchools()) {
      return "redirect:/nastavnik/municipalities/" + viewer.municipalities().get(0).id();
    }
    if (viewer.hasOwnMentoring() && !viewer.runsSchools() && !viewer.watchesMunicipalities()) {
      return "redirect:/nastavnik/me";
    }
    return "nastavnik/home";
  }
}
