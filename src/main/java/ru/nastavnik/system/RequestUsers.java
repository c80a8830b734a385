package ru.nastavnik.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The login a request claims: from HTTP Basic, else from the Camunda webapps' session. */
public final class RequestUsers {

  static final String ENGINE = "default";

  private RequestUsers() {}

  /** The login of the Basic header (not yet verified) or of the logged-in webapp session. */
  public static Optional<String> claimedLogin(HttpServletRequest request) {
    Optional<BasicCredentials> basic = BasicCredentials.from(request);
    if (basic.isPresent()) {
      return basic.map(BasicCredentials::login);
    }
    return sessionUser(request).map(UserAuthentication::getName);
  }

  /** The user logged in to the Camunda webapps in this session, if any. */
  public static Optional<UserAuthentication> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user ? Optional.of(user) : Optional.empty();
  }
}
