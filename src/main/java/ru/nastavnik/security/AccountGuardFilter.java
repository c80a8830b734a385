package ru.nastavnik.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.Problems;
import ru.nastavnik.system.RequestUsers;

/**
 * Accounts through the engine's REST: a user may change their own password (the engine asks for
 * the current one) but neither delete their account nor rewrite its name and e-mail — those follow
 * the person and are changed by whoever manages them. Only the administrator deletes accounts,
 * and the login of a person never: deleting a person is a domain operation
 * ({@code DELETE /api/people/{id}}) that keeps history consistent.
 */
class AccountGuardFilter extends OncePerRequestFilter {

  private static final Pattern USER = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/([^/]+)(/profile)?/?$");

  private final IdentityService identityService;
  private final PersonRepository people;

  AccountGuardFilter(IdentityService identityService, PersonRepository people) {
    this.identityService = identityService;
    this.people = people;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher user = USER.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    boolean delete = "DELETE".equals(request.getMethod()) && user.matches() && user.group(2) == null;
    boolean profile = "PUT".equals(request.getMethod()) && user.matches() && user.group(2) != null;
    if (!delete && !profile) {
      chain.doFilter(request, response);
      return;
    }
    String login = URLDecoder.decode(user.group(1), StandardCharsets.UTF_8);
    boolean admin = RequestUsers.claimedLogin(request)
        .map(caller -> identityService.createUserQuery().userId(caller).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0)
        .orElse(false);
    if (delete && people.existsByLogin(login)) {
      Problems.write(response, 409, "Учётная запись участника",
          "Логин «" + Problems.quote(login) + "» принадлежит участнику. Удалите участника (DELETE /api/people/{id}):"
              + " его персональные данные будут обезличены, а история сохранится.");
      return;
    }
    if (!admin) {
      Problems.write(response, 403, "Доступ запрещён", delete
          ? "Удалять учётные записи может только администратор."
          : "Имя, фамилию и почту меняет куратор или руководитель вашей организации; сами вы можете сменить только пароль.");
      return;
    }
    chain.doFilter(request, response);
  }
}
