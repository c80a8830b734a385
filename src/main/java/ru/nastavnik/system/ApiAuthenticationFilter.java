package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires a login for our REST API under {@code /api}: HTTP Basic checked against the engine's
 * identity service, or the session of a user already logged in to the Camunda webapps (so the
 * dashboard pages can call the API). Anything else is answered 401 in Russian.
 */
@Component
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
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
      if (user != null && changesState(request) && !sameOriginWithToken(request)) {
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
    BasicCredentials credentials = BasicCredentials.from(request).orElse(null);
    if (credentials == null || !passwordMatches(credentials)) {
      return null;
    }
    String userId = credentials.login();
    Set<String> groups = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      groups.add(group.getId());
    }
    return new CurrentUser(userId, groups);
  }

  /** A login without a password (never set) is a wrong password, not an error. */
  private boolean passwordMatches(BasicCredentials credentials) {
    try {
      return identityService.checkPassword(credentials.login(), credentials.password());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private CurrentUser fromWebappSession(HttpServletRequest request) {
    return RequestUsers.sessionUser(request)
        .map(user -> new CurrentUser(user.getName(), new HashSet<>(user.getGroupIds())))
        .orElse(null);
  }

  private static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
  }

  /**
   * A state change authenticated only by the session cookie must come from a page of the
   * application: an {@code Origin} (or {@code Referer}) of this host, if the browser sends one, and
   * the webapps' CSRF token (the {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN} header).
   */
  private static boolean sameOriginWithToken(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      origin = request.getHeader("Referer");
    }
    if (origin != null && !sameOrigin(origin, request)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String token = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String value && token != null
        && java.security.MessageDigest.isEqual(value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      java.net.URI uri = java.net.URI.create(origin);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
          && request.getScheme().equalsIgnoreCase(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход",
        "Войдите в систему: укажите логин и пароль (HTTP Basic) или войдите через Camunda Tasklist.");
  }
}
