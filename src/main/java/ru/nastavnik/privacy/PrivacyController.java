package ru.nastavnik.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.system.CurrentUser;

/** Deleting a person: their personal data is erased, history and statistics keep them without a name. */
@RestController
@Tag(name = "Участники")
class PrivacyController {

  private final PersonService people;
  private final PersonalDataErasure erasure;

  PrivacyController(PersonService people, PersonalDataErasure erasure) {
    this.people = people;
    this.erasure = erasure;
  }

  @DeleteMapping("/api/people/{id}")
  @Transactional
  @Operation(summary = "Удалить участника: закончить всё, что идёт с его участием, обезличить данные, удалить логин",
      description = "Удаляет тот, кто может назначить каждую роль участника (см. «Безопасность» в README), или администратор")
  PersonalDataErasure.Outcome delete(CurrentUser user, @PathVariable Long id,
      @RequestParam(required = false) String reason) {
    people.checkMayDelete(user, id);
    return erasure.erase(id, reason == null || reason.isBlank() ? "участник удалён" : "участник удалён: " + reason.trim(),
        user.userId());
  }
}
