package ru.nastavnik.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST for people (участники). */
@RestController
@RequestMapping("/api/people")
@Tag(name = "Участники", description = "Педагоги, обучающиеся, кураторы, руководители и их роли")
class PersonController {

  private final PersonService service;

  PersonController(PersonService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Участники организации (или всех доступных организаций)")
  List<PersonView> list(CurrentUser user, @RequestParam(required = false) Long organizationId) {
    return service.list(user, organizationId).stream().map(PersonView::of).toList();
  }

  @GetMapping("/me")
  @Operation(summary = "Участник, под чьим логином выполнен вход")
  PersonView me(CurrentUser user) {
    return PersonView.of(service.me(user));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Участник")
  PersonView get(CurrentUser user, @PathVariable Long id) {
    return PersonView.of(service.get(user, id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Добавить участника; роль создаёт логин и членство в группах организации")
  PersonView create(CurrentUser user, @Valid @RequestBody PersonRequest request) {
    return PersonView.of(service.create(user, request.toData(), Boolean.TRUE.equals(request.linkExistingLogin())));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Изменить участника")
  PersonView update(CurrentUser user, @PathVariable Long id, @Valid @RequestBody PersonRequest request) {
    return PersonView.of(service.update(user, id, request.toData(), Boolean.TRUE.equals(request.linkExistingLogin())));
  }

  record PersonRequest(
      @NotNull(message = "укажите организацию") Long organizationId,
      @NotBlank(message = "укажите ФИО") @Size(max = 300, message = "ФИО не длиннее 300 символов") String fullName,
      @Size(max = 300, message = "должность не длиннее 300 символов") String position,
      Set<@NotBlank(message = "предмет не может быть пустым") @Size(max = 200, message = "название предмета не длиннее 200 символов") String> subjects,
      @Min(value = 0, message = "стаж не может быть отрицательным") @Max(value = 70, message = "стаж не больше 70 лет") Integer experienceYears,
      PersonCategory category,
      @Email(message = "некорректный адрес электронной почты") @Size(max = 254, message = "адрес не длиннее 254 символов") String email,
      Boolean minor,
      @Pattern(regexp = Person.LOGIN_PATTERN, message = "логин: латинские строчные буквы, цифры, точка, дефис, подчёркивание; от 3 до 64 символов") String login,
      Set<@NotNull(message = "роль не может быть пустой") Role> roles,
      Boolean linkExistingLogin,
      @Size(max = 40, message = "телефон не длиннее 40 символов") String phone,
      LocalDate birthDate) {

    PersonData toData() {
      Set<String> cleanSubjects = subjects == null ? Set.of()
          : subjects.stream().map(String::trim).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
      return new PersonData(organizationId, fullName.trim().replaceAll("\\s+", " "),
          position == null ? null : position.trim(), cleanSubjects, experienceYears, category,
          email == null || email.isBlank() ? null : email.trim(), Boolean.TRUE.equals(minor), login, roles,
          PhoneNumbers.normalize(phone), birthDate);
    }
  }

  record PersonView(Long id, Long organizationId, String organizationCode, String fullName, String position,
      Set<String> subjects, Integer experienceYears, PersonCategory category, String categoryTitle, String email,
      boolean minor, String login, Set<Role> roles, String phone, LocalDate birthDate) {
    static PersonView of(Person p) {
      return new PersonView(p.getId(), p.getOrganization().getId(), p.getOrganization().getCode(), p.getFullName(),
          p.getPosition(), p.getSubjects(), p.getExperienceYears(), p.getCategory(), p.getCategory().title(),
          p.getEmail(), p.isMinor(), p.getLogin(), p.getRoles(), p.getPhone(), p.getBirthDate());
    }
  }
}
