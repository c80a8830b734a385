package ru.nastavnik.system;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) is open by default; here it requires HTTP Basic,
 * after which the engine applies its own authorizations to every call. The login is checked by
 * {@link BasicLogins}, which also hands over the caller's groups and tenants, so the engine's
 * filter does not look them up again on every call.
 */
@Configuration
class EngineRestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(BasicLogins logins) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicLoginsFilter(logins));
    registration.setName("camunda-rest-auth");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(1);
    return registration;
  }

  /** Camunda's filter, whose provider (instantiated from its class name) is replaced by ours. */
  static final class BasicLoginsFilter extends ProcessEngineAuthenticationFilter {

    private final BasicLogins logins;

    BasicLoginsFilter(BasicLogins logins) {
      this.logins = logins;
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
      super.init(filterConfig);
      authenticationProvider = new Provider(logins);
    }
  }

  /** HTTP Basic as Camunda's provider reads it (same challenge), checked by {@link BasicLogins}. */
  static final class Provider extends HttpBasicAuthenticationProvider {

    private final BasicLogins logins;

    Provider(BasicLogins logins) {
      this.logins = logins;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      BasicCredentials credentials = BasicCredentials.from(request).orElse(null);
      if (credentials == null) {
        return AuthenticationResult.unsuccessful();
      }
      return logins.check(credentials.login(), credentials.password())
          .map(login -> {
            AuthenticationResult result = AuthenticationResult.successful(login.userId());
            result.setGroups(login.groups());
            result.setTenants(login.tenants());
            return result;
          })
          .orElseGet(() -> AuthenticationResult.unsuccessful(credentials.login()));
    }
  }
}
