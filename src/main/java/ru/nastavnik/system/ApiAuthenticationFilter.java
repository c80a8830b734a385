package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires a login for our REST API under {@code /api}: HTTP Basic checked against the engine's
 * identity service, or the session of a user already logged in to the Camunda webapps (so the
 * dashboard pages can call the API). Anything else is answered 401 in Russian.
 */
@Component
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final BasicLogins logins;

  ApiAuthenticationFilter(BasicLogins logins) {
    this.logins = logins;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // A link of an invitation or a password reset and a calendar feed carry their own secret instead of a login.
    return !path.startsWith("/api/") || path.startsWith("/api/invitations/") || path.startsWith("/api/calendar/feed/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Credentials sent are checked and nothing else: a wrong password never falls back to a session.
    boolean basic = BasicCredentials.from(request).isPresent();
    CurrentUser user = basic ? fromBasicAuth(request) : null;
    if (!basic) {
      user = fromWebappSession(request);
      if (user != null && SessionCsrf.changesState(request) && !SessionCsrf.sameOriginWithToken(request)) {
        Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Запрос отклонён",
            "Запрос отклонён защитой от подделки запросов (CSRF): изменять данные по сессии браузера можно только"
                + " со страниц самого приложения с токеном X-XSRF-TOKEN. Обновите страницу и повторите.");
        return;
      }
    }
    if (user == null) {
      unauthorized(response);
      return;
    }
    CurrentUser.set(user);
    try {
      chain.doFilter(request, response);
    } finally {
      CurrentUser.clear();
    }
  }

  private CurrentUser fromBasicAuth(HttpServletRequest request) {
    return BasicCredentials.from(request)
        .flatMap(credentials -> logins.check(credentials.login(), credentials.password()))
        .map(login -> new CurrentUser(login.userId(), new HashSet<>(login.groups())))
        .orElse(null);
  }

  private CurrentUser fromWebappSession(HttpServletRequest request) {
    return RequestUsers.sessionUser(request)
        .map(user -> new CurrentUser(user.getName(), new HashSet<>(user.getGroupIds())))
        .orElse(null);
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход",
        "Войдите в систему: укажите логин и пароль (HTTP Basic) или войдите через Camunda Tasklist.");
  }
}
