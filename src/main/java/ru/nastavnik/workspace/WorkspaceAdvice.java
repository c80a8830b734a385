package ru.nastavnik.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import ru.nastavnik.system.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
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
 * What every workspace page needs (the viewer, the CSRF token) and
 * the Russian error page for a refusal of a service: before the API's problem JSON handler, for
 * the workspace controllers only.
 */
@ControllerAdvice(basePackageClasses = WorkspaceAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceAdvice {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceAdvice.class);

  private final Viewers viewers;

  WorkspaceAdvice(Viewers viewers) {
    this.viewers = viewers;
  }

  @ModelAttribute
  void common(HttpServletRequest request, Optional<CurrentUser> user, Model model) {
    model.addAttribute("csrfToken", request.getAttribute(WorkspaceFilter.TOKEN_ATTRIBUTE));
    model.addAttribute("tokenField", WorkspaceFilter.TOKEN_FIELD);
    if (!request.getRequestURI().endsWith(WorkspaceFilter.LOGIN) && user.isPresent()) {
      model.addAttribute("viewer", viewers.of(user.get()));
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

  @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
  String badAddress(Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_BAD_REQUEST, "Неверный адрес",
        "В адресе страницы неверное значение. Откройте страницу из меню кабинета.");
  }

  /** Anything unforeseen: written to the log, and a Russian page instead of the API's JSON. */
  @ExceptionHandler(RuntimeException.class)
  String unexpected(RuntimeException e, Model model, HttpServletResponse response) {
    LOG.error("Непредвиденная ошибка кабинета", e);
    return error(model, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
        "Запрос не выполнен из-за внутренней ошибки; она записана в журнал. Повторите позже или сообщите администратору.");
  }

  private static String error(Model model, HttpServletResponse response, int status, String title, String detail) {
    response.setStatus(status);
    model.addAttribute("errorTitle", title);
    model.addAttribute("errorDetail", detail);
    return "nastavnik/error";
  }
}
