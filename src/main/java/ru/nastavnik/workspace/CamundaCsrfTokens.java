package ru.nastavnik.workspace;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;
import ru.nastavnik.system.SessionCsrf;

/**
 * Issues the webapps' CSRF token for a workspace page exactly as Camunda's own filter does for
 * Tasklist: the same random token in the same session attribute, the same {@code XSRF-TOKEN}
 * cookie (path {@code /camunda}) with the same settings. So one login serves both: the workspace
 * renders the token into its pages (a page under {@code /nastavnik/} cannot read a cookie of path
 * {@code /camunda}), and Tasklist opened later in the session finds the token it expects.
 * Only the issuing is borrowed; checking is {@link SessionCsrf}'s.
 */
final class CamundaCsrfTokens extends CsrfPreventionFilter {

  CamundaCsrfTokens(Map<String, String> initParams) {
    try {
      init(new FilterConfig() {
        @Override public String getFilterName() { return "WorkspaceCsrfTokens"; }
        @Override public ServletContext getServletContext() { return null; }
        @Override public String getInitParameter(String name) { return initParams.get(name); }
        @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(initParams.keySet()); }
      });
    } catch (ServletException e) {
      throw new IllegalStateException("CSRF-токены кабинета не настроены", e);
    }
  }

  /** The session's token, issued now (with its cookie) if the session has none yet. */
  String ensure(HttpServletRequest request, HttpServletResponse response) {
    String token = SessionCsrf.token(request);
    if (token == null) {
      setCSRFToken(request, response);
      token = SessionCsrf.token(request);
    }
    return token;
  }
}
