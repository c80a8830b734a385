package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a lost database anywhere below (login check, web page, engine) becomes a
 * Russian 503 with {@code Retry-After} instead of Tomcat's error page with a stack trace. Other
 * exceptions pass on unchanged. Registered in {@link WebFilters}.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("База данных недоступна: {} {} — ответ 503 ({})", request.getMethod(), request.getRequestURI(),
          Problems.quote(rootMessage(e)));
      DatabaseOutage.write(response);
    }
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
