package ru.nastavnik.onboarding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/**
 * REST of invitations: issuing them needs a login, using a link (and asking for a reset) does not —
 * {@code /api/invitations/**} is open (see {@code ApiAuthenticationFilter}).
 */
@RestController
@Tag(name = "Приглашения", description = "Одноразовые ссылки для установки и сброса пароля")
class InvitationController {

  private final Invitations invitations;

  InvitationController(Invitations invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/api/people/{id}/invitation")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Пригласить участника: одноразовая ссылка на 7 дней для установки пароля (и письмо участнику)")
  Invitations.Invitation invite(CurrentUser user, @PathVariable Long id) {
    return invitations.invite(user, id);
  }

  @PostMapping("/api/people/invitations")
  @Operation(summary = "Пригласить всех участников организации с логином, но без своего пароля")
  List<Invitations.BulkRow> inviteAll(CurrentUser user, @RequestParam Long organizationId) {
    return invitations.inviteAll(user, organizationId);
  }

  @PostMapping("/api/invitations/{token}")
  @Operation(summary = "Задать пароль по ссылке приглашения или сброса (без входа)")
  Map<String, String> setPassword(@PathVariable String token, @RequestBody PasswordRequest request) {
    String login = invitations.setPassword(token, request.password());
    return Map.of("login", login, "message", "Пароль задан. Войдите в систему с логином «" + login + "»");
  }

  @PostMapping("/api/invitations/reset")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Забыли пароль: ссылка для сброса уходит на почту участника; ответ одинаков для любого логина")
  Map<String, String> reset(@RequestBody ResetRequest request) {
    invitations.requestReset(request.login() != null && !request.login().isBlank() ? request.login() : request.email());
    return Map.of("message", "Если такая учётная запись есть и у неё указан адрес почты, на него отправлена ссылка"
        + " для установки пароля. Ссылка действует 7 дней.");
  }

  record PasswordRequest(String password) {}

  record ResetRequest(String login, String email) {}
}
