package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires a login for our REST API under {@code /api}: HTTP Basic checked against the engine's
 * identity service, or the session of a user already logged in to the Camunda webapps (so the
 * dashboard pages can call the API). Anything else is answered 401 in Russian.
 */
@Component
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final IdentityService identityService;

  ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = fromBasicAuth(request);
    if (user == null) {
      user = fromWebappSession(request);
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
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (!identityService.checkPassword(userId, password)) {
      return null;
    }
    Set<String> groups = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      groups.add(group.getId());
    }
    return new CurrentUser(userId, groups);
  }

  private CurrentUser fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication userAuthentication) {
      return new CurrentUser(userAuthentication.getName(), new HashSet<>(userAuthentication.getGroupIds()));
    }
    return null;
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Требуется вход\",\"status\":401,"
        + "\"detail\":\"Войдите в систему: укажите логин и пароль (HTTP Basic) или войдите через Camunda Tasklist.\"}");
  }
}
