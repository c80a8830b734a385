package ru.nastavnik.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.system.BasicCredentials;
import ru.nastavnik.system.Problems;

/**
 * Puts {@link LoginThrottle} in front of every way to check a password: HTTP Basic on
 * {@code /api} and {@code /engine-rest}, and the login form of the Camunda webapps. A login that
 * must wait is answered 429 in Russian (with {@code Retry-After}) without checking the password.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String login = attemptedLogin(request);
    if (login == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBefore(login, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", String.valueOf(seconds));
      Problems.write(response, 429, "Слишком много попыток входа",
          "Слишком много неудачных попыток входа под логином «" + Problems.quote(login) + "». Подождите "
              + seconds + " с и повторите. Если вы забыли пароль, попросите куратора или администратора прислать ссылку для его смены.");
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      int inARow = throttle.failed(login, address);
      LOG.warn("Неудачная попытка входа: логин «{}», адрес {}, подряд {}", Problems.quote(login), address, inARow);
    } else if (status < 400 || status == HttpServletResponse.SC_FORBIDDEN && isWebappLogin(request)) {
      throttle.succeeded(login, address);
    }
  }

  /** The login a request tries to authenticate with, or null when it carries no password. */
  private static String attemptedLogin(HttpServletRequest request) {
    if (isWebappLogin(request)) {
      String username = request.getParameter("username");
      return username == null || username.isBlank() ? null : username;
    }
    return BasicCredentials.from(request).map(BasicCredentials::login).orElse(null);
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && WEBAPP_LOGIN.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }
}
