package ru.nastavnik.registry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.identity.GroupNames;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.person.Role;
import ru.nastavnik.practice.Practice;
import ru.nastavnik.practice.PracticeRepository;
import ru.nastavnik.practice.PracticeService;
import ru.nastavnik.practice.PracticeStatus;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.MentoringProgramRepository;
import ru.nastavnik.request.Competency;
import ru.nastavnik.request.CompetencyRepository;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestRepository;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * The registries the mentoring documents require, as Excel workbooks: the banks of mentors and
 * of mentees with their requests, the personified record of participants, the registry of
 * programs and the bank of successful practices (published ones; proposals for the coordinator
 * and the organization's curators). Who may download
 * what follows {@link OrganizationAccess}; personal details (contacts, experience, consents)
 * appear only for those who keep the registry — curators, directors, coordinators.
 */
@Service
@Transactional(readOnly = true)
public class RegistryService {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final MentorProfileRepository mentors;
  private final MentoringRequestRepository requests;
  private final PersonRepository people;
  private final CompetencyRepository competencies;
  private final ConsentService consents;
  private final MentoringProgramRepository programs;
  private final PracticeRepository practices;
  private final PracticeService practiceAccess;

  RegistryService(OrganizationService organizations, OrganizationAccess access, MentorProfileRepository mentors,
      MentoringRequestRepository requests, PersonRepository people, CompetencyRepository competencies,
      ConsentService consents, MentoringProgramRepository programs, PracticeRepository practices,
      PracticeService practiceAccess) {
    this.programs = programs;
    this.practices = practices;
    this.practiceAccess = practiceAccess;
    this.organizations = organizations;
    this.access = access;
    this.mentors = mentors;
    this.requests = requests;
    this.people = people;
    this.competencies = competencies;
    this.consents = consents;
  }

  /** Организации the registry covers: one, or every one of a municipality the user may see. */
  private List<Organization> scope(Long organizationId, Long municipalityId) {
    CurrentUser user = CurrentUser.require();
    if (organizationId != null) {
      Organization organization = organizations.organization(organizationId);
      if (!access.canSeePeopleOf(user, organization)) {
        throw new ForbiddenException("Реестры «" + organization.getShortName() + "» доступны её руководителю, куратору и муниципалитету");
      }
      return List.of(organization);
    }
    Municipality municipality = municipalityId != null ? organizations.municipality(municipalityId) : null;
    if (municipality == null || !access.isMunicipalStaff(user, municipality)) {
      throw new ForbiddenException("Реестр муниципалитета доступен его координатору и органу управления образованием");
    }
    return organizations.organizations(municipality.getId());
  }

  /** Managers of the department see the registries without personal details. */
  private static boolean personalDetails(List<Organization> scope) {
    CurrentUser user = CurrentUser.require();
    if (user.isAdmin()) return true;
    String municipality = scope.get(0).getMunicipality().getCode();
    if (user.inGroup(GroupNames.coordinators(municipality))) return true;
    return scope.stream().allMatch(o -> user.inGroup(GroupNames.curators(o.getCode())) || user.inGroup(GroupNames.directors(o.getCode())));
  }

  public Registry mentors(Long organizationId, Long municipalityId) {
    List<Organization> scope = scope(organizationId, municipalityId);
    boolean personal = personalDetails(scope);
    Map<String, String> titles = titles();
    List<String> headers = new ArrayList<>(List.of("№", "ФИО наставника", "Организация", "Статус анкеты", "Обучение",
        "Мест", "Компетенции", "Формы наставничества"));
    if (personal) headers.addAll(List.of("Должность", "Стаж, лет", "Предметы", "E-mail", "Согласие на ПДн", "Согласие на наставничество"));
    List<List<Object>> rows = new ArrayList<>();
    for (Organization organization : scope) {
      for (MentorProfile mentor : mentors.findByOrganizationIdOrderBySubmittedAtDesc(organization.getId())) {
        Person person = mentor.getPerson();
        List<Object> row = new ArrayList<>(List.of(rows.size() + 1, person.getFullName(), organization.getShortName(),
            mentor.getStatus().title(), mentor.getTrainingStatus().title(), mentor.getCapacity(),
            mentor.getCompetencies().stream().map(c -> titles.getOrDefault(c, c)).collect(Collectors.joining("; ")),
            mentor.getForms().stream().map(MentoringForm::title).collect(Collectors.joining("; "))));
        if (personal) row.addAll(personal(person));
        rows.add(row);
      }
    }
    return registry("Банк наставников", "Банк наставников", scope, headers, rows);
  }

  public Registry mentees(Long organizationId, Long municipalityId) {
    List<Organization> scope = scope(organizationId, municipalityId);
    boolean personal = personalDetails(scope);
    Map<String, String> titles = titles();
    List<String> headers = new ArrayList<>(List.of("№", "ФИО наставляемого", "Организация", "№ запроса", "Статус запроса",
        "Подан", "Профессиональные затруднения", "Предмет", "Желаемая форма", "Подан после окончания сбора"));
    if (personal) headers.addAll(List.of("Должность", "Стаж, лет", "Предметы", "E-mail", "Согласие на ПДн", "Согласие на наставничество"));
    List<List<Object>> rows = new ArrayList<>();
    for (Organization organization : scope) {
      ZoneId zone = organization.getMunicipality().getTimeZone();
      for (MentoringRequest request : requests.findByOrganizationIdOrderByFiledAtDesc(organization.getId())) {
        Person person = request.getMentee();
        List<String> difficulties = new ArrayList<>(request.getDifficulties().stream().map(c -> titles.getOrDefault(c, c)).toList());
        if (request.getOtherDifficulty() != null) difficulties.add(request.getOtherDifficulty());
        List<Object> row = new ArrayList<>(List.of(rows.size() + 1, person.getFullName(), organization.getShortName(),
            request.getId(), request.getStatus().title(), DATE.format(request.getFiledAt().atZone(zone)),
            String.join("; ", difficulties), request.getSubject() == null ? "" : request.getSubject(),
            request.getDesiredForm().title(), request.isLate() ? "да" : "нет"));
        if (personal) row.addAll(personal(person));
        rows.add(row);
      }
    }
    return registry("Банк наставляемых", "Банк наставляемых с перечнем запросов", scope, headers, rows);
  }

  public Registry participants(Long organizationId, Long municipalityId) {
    List<Organization> scope = scope(organizationId, municipalityId);
    boolean personal = personalDetails(scope);
    List<String> headers = new ArrayList<>(List.of("№", "ФИО", "Организация", "Роли в наставничестве", "Категория"));
    if (personal) headers.addAll(List.of("Должность", "Стаж, лет", "Предметы", "E-mail", "Согласие на ПДн", "Согласие на наставничество"));
    List<List<Object>> rows = new ArrayList<>();
    for (Organization organization : scope) {
      for (Person person : people.findByOrganizationIdOrderByFullName(organization.getId())) {
        List<Object> row = new ArrayList<>(List.of(rows.size() + 1, person.getFullName(), organization.getShortName(),
            person.getRoles().stream().map(Role::title).collect(Collectors.joining("; ")), person.getCategory().title()));
        if (personal) row.addAll(personal(person));
        rows.add(row);
      }
    }
    return registry("Участники", "Персонифицированный учёт участников", scope, headers, rows);
  }

  /**
   * The bank of successful practices: the published practices or, with another {@code status},
   * the proposals — those only for the municipality's coordinators and managers and the curators
   * of the organization. The mentor and the mentee are named only with the personal details.
   */
  public Registry practices(Long organizationId, Long municipalityId, PracticeStatus status) {
    List<Organization> scope = scope(organizationId, municipalityId);
    PracticeStatus wanted = status == null ? PracticeStatus.PUBLISHED : status;
    CurrentUser user = CurrentUser.require();
    if (wanted != PracticeStatus.PUBLISHED && !scope.stream().allMatch(o -> practiceAccess.canSeeProposals(user, o))) {
      throw new ForbiddenException("Практики, ещё не опубликованные в банке, видят координатор муниципалитета и куратор"
          + " организации");
    }
    boolean personal = personalDetails(scope);
    List<String> headers = new ArrayList<>(List.of("№", "Организация", "Название практики", "Описание"));
    if (personal) headers.addAll(List.of("Наставник", "Наставляемый"));
    headers.addAll(List.of("Дата публикации", "Статус"));
    List<List<Object>> rows = new ArrayList<>();
    for (Practice practice : practices.findByOrganizationIdInOrderByProposedAtDesc(
        scope.stream().map(Organization::getId).toList())) {
      if (practice.getStatus() != wanted) {
        continue;
      }
      List<Object> row = new ArrayList<>(List.of(rows.size() + 1, practice.getOrganization().getShortName(),
          practice.getTitle(), practice.getDescription()));
      if (personal) {
        row.add(practice.getProgram().getPair().getMentor().getPerson().getFullName());
        row.add(practice.getProgram().getPair().getRequest().getMentee().getFullName());
      }
      row.add(practice.getPublishedAt() == null ? ""
          : DATE.format(practice.getPublishedAt().atZone(practice.getOrganization().getMunicipality().getTimeZone())));
      row.add(practice.getStatus().title());
      rows.add(row);
    }
    String title = wanted == PracticeStatus.PUBLISHED ? "Банк успешных практик наставничества"
        : "Банк успешных практик наставничества (" + wanted.title().toLowerCase(java.util.Locale.ROOT) + ")";
    return registry("Практики", title, scope, headers, rows);
  }

  public Registry programs(Long organizationId, Long municipalityId) {
    List<Organization> scope = scope(organizationId, municipalityId);
    List<String> headers = List.of("№", "Организация", "Наставник", "Наставляемый", "Форма наставничества", "Статус программы",
        "Начало", "Срок, мес.", "Цели", "Планируемые результаты", "Оценка куратора (1–10)", "Итоговое мероприятие",
        "Успешная практика");
    List<List<Object>> rows = new ArrayList<>();
    for (Organization organization : scope) {
      for (MentoringProgram program : programs.findByOrganizationIdOrderByCreatedAt(organization.getId())) {
        MentoringRequest request = program.getPair().getRequest();
        rows.add(List.of(rows.size() + 1, organization.getShortName(), program.getPair().getMentor().getPerson().getFullName(),
            request.getMentee().getFullName(), request.getDesiredForm().title(), program.getStatus().title(),
            program.getStartsOn() == null ? "" : DATE.format(program.getStartsOn()),
            program.getDurationMonths() == null ? "" : program.getDurationMonths(), text(program.getGoals()),
            text(program.getPlannedResults()), program.getCuratorRating() == null ? "" : program.getCuratorRating(),
            program.getFinalEventKind() == null ? "" : program.getFinalEventKind().title()
                + (program.getFinalEventDate() == null ? "" : ", " + DATE.format(program.getFinalEventDate())),
            program.isGoodPractice() ? "да" : "нет"));
      }
    }
    return registry("Программы", "Реестр программ наставничества", scope, headers, rows);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private List<Object> personal(Person person) {
    return List.of(person.getPosition() == null ? "" : person.getPosition(),
        person.getExperienceYears() == null ? "" : person.getExperienceYears(),
        String.join("; ", person.getSubjects()), person.getEmail() == null ? "" : person.getEmail(),
        consents.hasValid(person.getId(), ConsentKind.PERSONAL_DATA) ? "есть" : "нет",
        consents.hasValid(person.getId(), ConsentKind.MENTORING_DUTIES) ? "есть" : "нет");
  }

  private Map<String, String> titles() {
    return competencies.findAll().stream().collect(Collectors.toMap(Competency::getCode, Competency::getTitle));
  }

  private static Registry registry(String sheet, String title, List<Organization> scope, List<String> headers,
      List<List<Object>> rows) {
    Organization first = scope.get(0);
    String owner = scope.size() == 1 ? first.getName() : first.getMunicipality().getName();
    String date = DATE.format(Instant.now().atZone(first.getMunicipality().getTimeZone()));
    byte[] content = XlsxTable.write(sheet, title + ": " + owner, "Сформировано " + date + " в системе «Наставник»",
        headers, rows);
    return new Registry(title + " — " + owner + " — " + date + ".xlsx", content);
  }

  /** A generated workbook and the file name it is offered under. */
  public record Registry(String fileName, byte[] content) {}
}
