package ru.nastavnik.workspace;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.consent.Consent;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.consent.ScanFile;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.program.PairEarlyEnd;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.ConflictException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.NotFoundException;

/**
 * The curator's actions on a school's pages, each through the service of its REST endpoint:
 * add a teacher ({@link PersonService#create}, as {@code POST /api/people}), end a pair early
 * ({@link PairEarlyEnd}, as {@code POST /api/pairs/{id}/end-early}), record or withdraw a consent
 * ({@link ConsentService}). A refusal is shown next to its field and the input is kept.
 */
@Controller
@RequestMapping("/nastavnik/schools/{id}")
class ActionsController {

  private final WorkspaceQueries queries;
  private final PersonService people;
  private final ConsentService consents;
  private final PairEarlyEnd earlyEnd;
  private final Validator validator;

  ActionsController(WorkspaceQueries queries, PersonService people, ConsentService consents, PairEarlyEnd earlyEnd,
      Validator validator) {
    this.queries = queries;
    this.people = people;
    this.consents = consents;
    this.earlyEnd = earlyEnd;
    this.validator = validator;
  }

  // --- add a teacher -----------------------------------------------------------------------------

  /** The form of a new teacher; the same limits as the REST request's. */
  public static final class PersonForm {
    @NotBlank(message = "Укажите ФИО") @Size(max = 300, message = "ФИО не длиннее 300 символов") String fullName;
    @Size(max = 300, message = "Должность не длиннее 300 символов") String position;
    @Size(max = 1000, message = "Предметы не длиннее 1000 символов") String subjects;
    @Min(value = 0, message = "Стаж не может быть отрицательным") @Max(value = 70, message = "Стаж не больше 70 лет") Integer experienceYears;
    PersonCategory category;
    @Email(message = "Некорректный адрес электронной почты") @Size(max = 254, message = "Адрес не длиннее 254 символов") String email;
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,63}$", message = "Логин: латинские строчные буквы, цифры, точка, дефис,"
        + " подчёркивание; от 3 до 64 символов") String login;
    Set<Role> roles = new LinkedHashSet<>();

    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String v) { subjects = v; }
    public Integer getExperienceYears() { return experienceYears; }
    public void setExperienceYears(Integer v) { experienceYears = v; }
    public PersonCategory getCategory() { return category; }
    public void setCategory(PersonCategory v) { category = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getLogin() { return login; }
    public void setLogin(String v) { login = v; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> v) { roles = v == null ? new LinkedHashSet<>() : v; }

    PersonData toData(Long organizationId) {
      Set<String> cleanSubjects = subjects == null ? Set.of() : Arrays.stream(subjects.split("[,;]"))
          .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
      return new PersonData(organizationId, fullName.trim().replaceAll("\\s+", " "), blank(position), cleanSubjects,
          experienceYears, category, blank(email), false, blank(login), roles.isEmpty() ? null : roles);
    }

    private static String blank(String v) {
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

  @GetMapping("/people/new")
  String newPerson(CurrentUser user, @PathVariable Long id, Model model) {
    return personForm(user, id, new PersonForm(), Map.of(), model);
  }

  @PostMapping("/people")
  String createPerson(CurrentUser user, @PathVariable Long id, @ModelAttribute("form") PersonForm form,
      org.springframework.validation.BindingResult binding, Model model, RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "Значение «" + e.getRejectedValue()
        + "» не подходит"));
    for (ConstraintViolation<PersonForm> v : validator.validate(form)) {
      errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
    }
    if (errors.isEmpty()) {
      try {
        Person person = people.create(user, form.toData(id));
        redirect.addFlashAttribute("notice", "Участник «" + person.getFullName() + "» добавлен"
            + (person.getLogin() == null ? "." : ", логин " + person.getLogin() + "."));
        return "redirect:/nastavnik/schools/" + id + "/people";
      } catch (BusinessRuleException e) {
        errors.put(e.getField() == null ? "general" : e.getField(), e.getMessage());
      } catch (ConflictException e) {
        errors.put("login", e.getMessage());
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return personForm(user, id, form, errors, model);
  }

  private String personForm(CurrentUser user, Long id, PersonForm form, Map<String, String> errors, Model model) {
    WorkspaceQueries.SchoolInfo school = queries.school(user, id);
    model.addAttribute("school", school);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", PersonCategory.values());
    model.addAttribute("roles", EnumSet.of(Role.MENTOR, Role.MENTEE, Role.CURATOR, Role.DIRECTOR));
    model.addAttribute("section", "people");
    return "nastavnik/person-new";
  }

  // --- end a pair early --------------------------------------------------------------------------

  @GetMapping("/pairs/{pairId}/end")
  String endForm(CurrentUser user, @PathVariable Long id, @PathVariable Long pairId, Model model) {
    return endPage(user, id, pairId, "", Map.of(), model);
  }

  @PostMapping("/pairs/{pairId}/end")
  String end(CurrentUser user, @PathVariable Long id, @PathVariable Long pairId, @RequestParam(required = false) String reason,
      Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
    pair(user, id, pairId);
    try {
      earlyEnd.end(user, pairId, reason);
      redirect.addFlashAttribute("notice", "Работа пары № " + pairId + " завершена досрочно.");
      return "redirect:/nastavnik/schools/" + id + "/pairs";
    } catch (BusinessRuleException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return endPage(user, id, pairId, reason, Map.of(e.getField() == null ? "general" : e.getField(), e.getMessage()), model);
    }
  }

  private String endPage(CurrentUser user, Long id, Long pairId, String reason, Map<String, String> errors, Model model) {
    model.addAttribute("school", queries.school(user, id));
    model.addAttribute("pair", pair(user, id, pairId));
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    model.addAttribute("section", "pairs");
    return "nastavnik/pair-end";
  }

  /** The pair of this school (the school's access checked first), or 404. */
  private WorkspaceQueries.PairRow pair(CurrentUser user, Long id, Long pairId) {
    return queries.pairs(user, id).stream().filter(p -> p.id().equals(pairId)).findFirst()
        .orElseThrow(() -> new NotFoundException("Пара № " + pairId + " не найдена в этой организации"));
  }

  // --- consents ----------------------------------------------------------------------------------

  @GetMapping("/people/{personId}/consents")
  String consents(CurrentUser user, @PathVariable Long id, @PathVariable Long personId, Model model) {
    return consentPage(user, id, personId, new ConsentForm(), Map.of(), model);
  }

  /** The form of a consent as the curator enters it from the signed paper. */
  public static final class ConsentForm {
    ConsentKind kind = ConsentKind.PERSONAL_DATA;
    String givenBy;
    ConsentGiver relation = ConsentGiver.SELF;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate givenOn;
    String document;

    public ConsentKind getKind() { return kind; }
    public void setKind(ConsentKind v) { kind = v; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String v) { givenBy = v; }
    public ConsentGiver getRelation() { return relation; }
    public void setRelation(ConsentGiver v) { relation = v; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate v) { givenOn = v; }
    public String getDocument() { return document; }
    public void setDocument(String v) { document = v; }
  }

  @PostMapping("/people/{personId}/consents")
  String recordConsent(CurrentUser user, @PathVariable Long id, @PathVariable Long personId, @ModelAttribute("form") ConsentForm form,
      org.springframework.validation.BindingResult binding, @RequestParam(name = "scan", required = false) MultipartFile scan,
      Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) throws IOException {
    Person person = person(user, id, personId);
    Map<String, String> errors = new LinkedHashMap<>();
    binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "Значение «" + e.getRejectedValue()
        + "» не подходит"));
    if (form.kind == null) {
      errors.putIfAbsent("kind", "Укажите вид согласия");
    }
    if (form.relation == null) {
      errors.putIfAbsent("relation", "Укажите, кем приходится подписавший");
    }
    if (form.givenBy == null || form.givenBy.isBlank()) {
      errors.putIfAbsent("givenBy", "Укажите, кто подписал согласие");
    } else if (form.givenBy.length() > 300) {
      errors.putIfAbsent("givenBy", "Не длиннее 300 символов");
    }
    if (form.document != null && form.document.length() > 300) {
      errors.putIfAbsent("document", "Не длиннее 300 символов");
    }
    ScanFile scanFile = null;
    try {
      scanFile = chosen(scan) ? ScanFile.of("scan", scan.getOriginalFilename(), scan.getBytes()) : null;
    } catch (BusinessRuleException e) {
      errors.put("scan", e.getMessage());
    }
    if (errors.isEmpty()) {
      try {
        ZoneId zone = person.getOrganization().getMunicipality().getTimeZone();
        consents.record(user, personId, form.kind, form.givenBy.trim(), form.relation,
            form.givenOn == null ? null : form.givenOn.atStartOfDay(zone).toInstant(),
            form.document == null || form.document.isBlank() ? null : form.document.trim(), scanFile);
        redirect.addFlashAttribute("notice", "Согласие зарегистрировано.");
        return "redirect:/nastavnik/schools/" + id + "/people/" + personId + "/consents";
      } catch (BusinessRuleException e) {
        errors.put(e.getField() == null ? "general" : "givenByRelation".equals(e.getField()) ? "relation"
            : "givenAt".equals(e.getField()) ? "givenOn" : e.getField(), e.getMessage());
      }
    }
    if (chosen(scan) && !errors.containsKey("scan")) {
      // A browser cannot put a file back into the form: say so rather than lose it silently.
      errors.put("scan", "Файл «" + scanFile.fileName() + "» не сохранён вместе с ошибками формы — выберите его снова");
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return consentPage(user, id, personId, form, errors, model);
  }

  @PostMapping("/people/{personId}/consents/{consentId}/scan")
  String attachScan(CurrentUser user, @PathVariable Long id, @PathVariable Long personId, @PathVariable Long consentId,
      @RequestParam(name = "scan", required = false) MultipartFile scan, Model model, RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) throws IOException {
    person(user, id, personId);
    try {
      consents.attachScan(user, personId, consentId,
          ScanFile.of("scan", chosen(scan) ? scan.getOriginalFilename() : null, chosen(scan) ? scan.getBytes() : null));
      redirect.addFlashAttribute("notice", "Скан согласия сохранён.");
      return "redirect:/nastavnik/schools/" + id + "/people/" + personId + "/consents";
    } catch (BusinessRuleException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return consentPage(user, id, personId, new ConsentForm(), Map.of("scan-" + consentId, e.getMessage()), model);
    }
  }

  private static boolean chosen(MultipartFile file) {
    return file != null && !file.isEmpty();
  }

  @PostMapping("/people/{personId}/consents/{consentId}/withdraw")
  String withdraw(CurrentUser user, @PathVariable Long id, @PathVariable Long personId, @PathVariable Long consentId,
      @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    person(user, id, personId);
    if (reason != null && reason.length() > 1000) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return consentPage(user, id, personId, new ConsentForm(), Map.of("withdraw-" + consentId, "Причина не длиннее 1000 символов"), model);
    }
    try {
      consents.withdraw(user, personId, consentId, reason == null || reason.isBlank() ? null : reason.trim());
      redirect.addFlashAttribute("notice", "Согласие отозвано.");
      return "redirect:/nastavnik/schools/" + id + "/people/" + personId + "/consents";
    } catch (BusinessRuleException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return consentPage(user, id, personId, new ConsentForm(), Map.of("withdraw-" + consentId, e.getMessage()), model);
    }
  }

  private String consentPage(CurrentUser user, Long id, Long personId, ConsentForm form, Map<String, String> errors, Model model) {
    model.addAttribute("school", queries.school(user, id));
    Person person = person(user, id, personId);
    List<Consent> list = consents.consentsOf(user, personId);
    model.addAttribute("person", person);
    model.addAttribute("consents", list);
    model.addAttribute("scanned", consents.withScan(list));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", ConsentKind.values());
    model.addAttribute("relations", ConsentGiver.values());
    model.addAttribute("section", "people");
    return "nastavnik/consents";
  }

  /** A person of this school (the service checks who may see them), or 404. */
  private Person person(CurrentUser user, Long id, Long personId) {
    queries.school(user, id);
    Person person = people.get(user, personId);
    if (!person.getOrganization().getId().equals(id)) {
      throw new NotFoundException("Участник № " + personId + " не найден в этой организации");
    }
    return person;
  }
}
