package ru.nastavnik.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.ConflictException;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * What every workspace page needs (the viewer, the CSRF token, whether the demo mailbox is on) and
 * the Russian error page for a refusal of a service: before the API's problem JSON handler, for
 * the workspace controllers only.
 */
@ControllerAdvice(basePackageClasses = WorkspaceAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceAdvice {

  private final Viewers viewers;
  private final boolean mailbox;

  WorkspaceAdvice(Viewers viewers, @Value("${nastavnik.workspace.mailbox:false}") boolean mailbox) {
    this.viewers = viewers;
    this.mailbox = mailbox;
  }

  @ModelAttribute
  void common(HttpServletRequest request, Model model) {
    model.addAttribute("csrfToken", request.getAttribute(WorkspaceFilter.TOKEN_ATTRIBUTE));
    model.addAttribute("tokenField", WorkspaceFilter.TOKEN_FIELD);
    if (!request.getRequestURI().endsWith(WorkspaceFilter.LOGIN)) {
      Viewer viewer = viewers.current();
      model.addAttribute("viewer", viewer);
      model.addAttribute("mailbox", mailbox && (viewer.admin() || viewer.coordinator()));
    }
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_FORBIDDEN, "Доступ запрещён", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_NOT_FOUND, "Не найдено", e.getMessage());
  }

  @ExceptionHandler({BusinessRuleException.class, ConflictException.class})
  String refused(RuntimeException e, Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_BAD_REQUEST, "Запрос не выполнен", e.getMessage());
  }

  private static String error(Model model, HttpServletResponse response, int status, String title, String detail) {
    response.setStatus(status);
    model.addAttribute("errorTitle", title);
    model.addAttribute("errorDetail", detail);
    return "nastavnik/error";
  }
}
