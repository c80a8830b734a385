package ru.nastavnik.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Replaces Spring Boot's English error page and JSON: whatever ends in the servlet container's
 * error path (an unknown address outside our API, an error sent by a filter) is answered in
 * Russian, as problem JSON for API clients and as a short page for browsers. Never a stack trace.
 */
@Controller
class RussianErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status = statusOf(request);
    String title = titleOf(status);
    String detail = detailOf(status);
    String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String accept = String.valueOf(request.getHeader("Accept"));
    boolean browser = accept.contains("text/html") && !path.startsWith("/api/") && !path.contains("/engine-rest/");
    if (!browser) {
      Problems.write(response, status, title, detail);
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>"
        + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>"
        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
        + "</p><p><a href=\"/\">На главную страницу</a></p></body></html>");
  }

  private static int statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status && status >= 400 ? status : 500;
  }

  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Некорректный запрос";
      case 401 -> "Требуется вход";
      case 403 -> "Доступ запрещён";
      case 404 -> "Не найдено";
      case 405 -> "Метод не поддерживается";
      case 408 -> "Время ожидания истекло";
      case 409 -> "Конфликт";
      case 413 -> "Слишком большой запрос";
      case 415 -> "Формат не поддерживается";
      case 429 -> "Слишком много попыток";
      case 503 -> "Сервис временно недоступен";
      default -> status >= 500 ? "Внутренняя ошибка" : "Запрос не выполнен";
    };
  }

  static String detailOf(int status) {
    return switch (status) {
      case 400 -> "Запрос не может быть обработан: проверьте адрес и данные.";
      case 401 -> "Войдите в систему: укажите логин и пароль.";
      case 403 -> "Недостаточно прав для этого действия.";
      case 404 -> "Такой страницы или адреса нет.";
      case 413 -> "Размер запроса превышает допустимый предел (для файлов — 10 МБ).";
      case 503 -> "Сервис временно недоступен. Повторите через минуту.";
      default -> status >= 500
          ? "Запрос не выполнен из-за внутренней ошибки; она записана в журнал. Повторите позже или сообщите администратору."
          : "Запрос не выполнен.";
    };
  }
}
