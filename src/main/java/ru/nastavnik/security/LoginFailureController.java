package ru.nastavnik.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/** The administrator's view of failed logins and the way to let a login in at once. */
@RestController
@RequestMapping("/api/security/login-failures")
@Tag(name = "Безопасность", description = "Неудачные попытки входа (только администратор)")
class LoginFailureController {

  private final LoginThrottle throttle;
  private final IdentityService identityService;

  LoginFailureController(LoginThrottle throttle, IdentityService identityService) {
    this.throttle = throttle;
    this.identityService = identityService;
  }

  @GetMapping
  @Operation(summary = "Неудачные попытки входа за последние 15 минут: логин, адрес, сколько подряд, до какого момента ждать")
  List<LoginThrottle.Failures> list(CurrentUser user) {
    requireAdmin(user);
    return throttle.current();
  }

  @DeleteMapping("/{login}")
  @Operation(summary = "Снять задержку входа для логина (со всех адресов)")
  Map<String, Object> unlock(CurrentUser user, @PathVariable String login) {
    requireAdmin(user);
    int cleared = throttle.unlock(login);
    if (identityService.createUserQuery().userId(login).count() > 0) {
      identityService.unlockUser(login);
    }
    return Map.of("login", login, "cleared", cleared);
  }

  private static void requireAdmin(CurrentUser user) {
    if (!user.isAdmin()) {
      throw new ForbiddenException("Неудачные попытки входа видит и снимает только администратор");
    }
  }
}
