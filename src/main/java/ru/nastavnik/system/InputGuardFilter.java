package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses text that no field of ours may hold before it reaches the database: a NUL character
 * (PostgreSQL cannot store it in text and answers with an error that quotes the SQL). Checks JSON
 * and form bodies and the query string of the APIs; files (multipart) are read by their own readers.
 * Registered in {@link WebFilters}.
 */
class InputGuardFilter extends OncePerRequestFilter {

  /** The largest JSON or form body accepted (a roadmap file of 10 MB in Base64 fits). */
  static final int MAX_BODY = 16 * 1024 * 1024;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
      refuseNul(response);
      return;
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    boolean text = type.contains("json") || type.startsWith("application/x-www-form-urlencoded");
    if (!text || !hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      Problems.write(response, 413, "Слишком большой запрос",
          "Тело запроса больше " + MAX_BODY / (1024 * 1024) + " МБ.");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      Problems.write(response, 413, "Слишком большой запрос",
          "Тело запроса больше " + MAX_BODY / (1024 * 1024) + " МБ.");
      return;
    }
    if (containsNul(body, type.contains("json"))) {
      refuseNul(response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
  }

  /** A raw NUL byte, its JSON escape {@code \u0000} or its URL encoding {@code %00}. */
  static boolean containsNul(byte[] body, boolean json) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        return true;
      }
      if (json && body[i] == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')
          && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0'
          && !escapedBackslash(body, i)) {
        return true;
      }
      if (!json && body[i] == '%' && i + 2 < body.length && body[i + 1] == '0' && body[i + 2] == '0') {
        return true;
      }
    }
    return false;
  }

  /** {@code \\u0000} in JSON is a backslash followed by the text «u0000», not a NUL. */
  private static boolean escapedBackslash(byte[] body, int backslash) {
    int count = 0;
    for (int j = backslash - 1; j >= 0 && body[j] == '\\'; j--) {
      count++;
    }
    return count % 2 == 1;
  }

  private static void refuseNul(HttpServletResponse response) throws IOException {
    Problems.write(response, 400, "Недопустимый символ",
        "Текст содержит нулевой символ (NUL, \\u0000), который нельзя сохранить. Удалите его и повторите.");
  }
}
