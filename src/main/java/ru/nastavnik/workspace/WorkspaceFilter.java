package ru.nastavnik.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.RequestUsers;
import ru.nastavnik.system.SessionCsrf;

/**
 * The door of the workspace pages under {@code /nastavnik/}: the user of the Camunda webapps'
 * session (one login for both), the session's CSRF token issued on every page and required —
 * with a same-origin request — for every change. Static files of the folder (Tasklist's embedded
 * forms, the invitation and password pages, the workspace's own CSS and script) pass untouched.
 */
class WorkspaceFilter extends OncePerRequestFilter {

  /** The form field that carries the token in a page's forms. */
  static final String TOKEN_FIELD = "_csrf";
  /** Request attribute with the session's token, for the pages. */
  static final String TOKEN_ATTRIBUTE = WorkspaceFilter.class.getName() + ".token";

  static final String ROOT = "/nastavnik/";
  static final String LOGIN = ROOT + "login";

  private final CamundaCsrfTokens tokens;

  WorkspaceFilter(CamundaCsrfTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    if (path.equals("/nastavnik")) {
      return false;
    }
    if (!path.startsWith(ROOT) || path.startsWith(ROOT + "forms/") || path.startsWith(ROOT + "assets/")) {
      return true;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    if (path.equals("/nastavnik")) {
      response.sendRedirect(request.getContextPath() + ROOT);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    CurrentUser user = RequestUsers.sessionUser(request)
        .map(u -> new CurrentUser(u.getName(), new HashSet<>(u.getGroupIds()))).orElse(null);
    if (path.equals(LOGIN)) {
      request.setAttribute(TOKEN_ATTRIBUTE, tokens.ensure(request, response));
      chain.doFilter(request, response);
      return;
    }
    if (user == null) {
      if (SessionCsrf.changesState(request)) {
        page(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход",
            "Сеанс завершён. Войдите снова и повторите действие.");
      } else {
        String query = request.getQueryString();
        String next = path + (query == null ? "" : "?" + query);
        response.sendRedirect(request.getContextPath() + LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      }
      return;
    }
    if (SessionCsrf.changesState(request)) {
      String sent = request.getHeader("X-XSRF-TOKEN");
      if (sent == null) {
        sent = request.getParameter(TOKEN_FIELD);
      }
      if (!SessionCsrf.sameOriginWithToken(request, sent)) {
        page(response, HttpServletResponse.SC_FORBIDDEN, "Запрос отклонён",
            "Запрос отклонён защитой от подделки запросов (CSRF): изменять данные можно только со страниц самого"
                + " кабинета. Обновите страницу и повторите.");
        return;
      }
    }
    request.setAttribute(TOKEN_ATTRIBUTE, tokens.ensure(request, response));
    try {
      CurrentUser.runAs(user, () -> {
        try {
          chain.doFilter(request, response);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (ServletException e) {
          throw new WrappedServletException(e);
        }
        return null;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (WrappedServletException e) {
      throw (ServletException) e.getCause();
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static void page(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>"
        + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>"
        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"" + ROOT
        + "\">В кабинет</a></p></body></html>");
  }

  private static final class WrappedServletException extends RuntimeException {
    WrappedServletException(ServletException cause) {
      super(cause);
    }
  }
}
