package ru.nastavnik.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The one rule for a state change authenticated only by the session cookie (our API and the
 * workspace pages alike): it must come from a page of this server — an {@code Origin} (or
 * {@code Referer}) of this host, if the browser sends one — and carry the webapps' CSRF token of
 * the session (the token Camunda's CsrfPreventionFilter keeps in the session).
 */
public final class SessionCsrf {

  private SessionCsrf() {}

  /** The session's token, or null when none has been issued yet. */
  public static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token instanceof String value ? value : null;
  }

  /** True when the request is same-origin and {@code sent} is the session's token. */
  public static boolean sameOriginWithToken(HttpServletRequest request, String sent) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      origin = request.getHeader("Referer");
    }
    if (origin != null && !sameOrigin(origin, request)) {
      return false;
    }
    String expected = token(request);
    return expected != null && sent != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The token a script sends in the {@code X-XSRF-TOKEN} header. */
  public static boolean sameOriginWithToken(HttpServletRequest request) {
    return sameOriginWithToken(request, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
  }

  public static boolean changesState(HttpServletRequest request) {
    String method = request.getMethod();
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
          && request.getScheme().equalsIgnoreCase(uri.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
