package ru.nastavnik.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.system.BasicCredentials;
import ru.nastavnik.system.BasicLogins;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.Problems;

/**
 * Who may call Spring Boot Actuator under {@code /actuator} (docs/observability.md):
 * <ul>
 *   <li>{@code /actuator/health} and its groups ({@code /liveness}, {@code /readiness}) — anybody,
 *       the load balancer included; they show the status only. An administrator (group
 *       {@value CurrentUser#ADMIN_GROUP}) with HTTP Basic also sees each component's details:
 *       the request then carries the role {@value #ROLE}, which
 *       {@code management.endpoint.health.roles} asks for.</li>
 *   <li>{@code /actuator/prometheus} — an administrator with HTTP Basic only (401 without login,
 *       403 for anybody else).</li>
 *   <li>Everything else under {@code /actuator} — 404 for everybody, even if it were exposed.</li>
 * </ul>
 * A wrong password is 401 on every path, and the login throttle counts it.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

  /** The role {@code management.endpoint.health.roles} requires to show details. */
  static final String ROLE = "NASTAVNIK_ADMIN";

  private final BasicLogins logins;

  ActuatorAccessFilter(BasicLogins logins) {
    this.logins = logins;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The path as the servlet container resolved it, not the raw URI: /actuator/health/..;/prometheus
    // is the metrics, whatever it starts with.
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    boolean prometheus = path.equals("/actuator/prometheus");
    if (!health && !prometheus) {
      Problems.write(response, HttpServletResponse.SC_NOT_FOUND, "Не найдено",
          "Служебный адрес недоступен: открыты только /actuator/health и (администратору) /actuator/prometheus");
      return;
    }
    BasicCredentials credentials = BasicCredentials.from(request).orElse(null);
    BasicLogins.Login login = credentials == null ? null : checked(credentials);
    if (credentials != null && login == null) {
      unauthorized(response);
      return;
    }
    boolean admin = login != null && login.groups().contains(CurrentUser.ADMIN_GROUP);
    if (prometheus && credentials == null) {
      unauthorized(response);
      return;
    }
    if (prometheus && !admin) {
      Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Доступ запрещён",
          "Метрики Prometheus доступны только администратору системы");
      return;
    }
    chain.doFilter(admin ? new Administrator(request, credentials.login()) : request, response);
  }

  /** A health check with a login still answers while the database is gone: as a wrong login, 401. */
  private BasicLogins.Login checked(BasicCredentials credentials) {
    try {
      return logins.check(credentials.login(), credentials.password()).orElse(null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход",
        "Укажите логин и пароль администратора (HTTP Basic)");
  }

  /** The request of an administrator, as Actuator asks it: a principal and the role {@value #ROLE}. */
  private static final class Administrator extends HttpServletRequestWrapper {

    private final String login;

    Administrator(HttpServletRequest request, String login) {
      super(request);
      this.login = login;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> login;
    }

    @Override
    public String getRemoteUser() {
      return login;
    }

    @Override
    public boolean isUserInRole(String role) {
      return ROLE.equals(role);
    }
  }
}
