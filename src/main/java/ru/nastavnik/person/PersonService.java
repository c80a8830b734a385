package ru.nastavnik.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.ConflictException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * The registry of people. Giving a person a role gives them a login in the role's group of
 * their organization, so that their tasks reach them in Tasklist.
 */
@Service
@Transactional
public class PersonService {

  private static final Set<Role> ADULT_ONLY = EnumSet.of(Role.DIRECTOR, Role.CURATOR, Role.COORDINATOR, Role.MANAGER);
  private static final int ADULT_AGE = 18;

  private final PersonRepository people;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Accounts accounts;
  private final RoleGrants grants;
  private final Clock clock;

  PersonService(PersonRepository people, OrganizationService organizations, OrganizationAccess access, Accounts accounts,
      RoleGrants grants, Clock clock) {
    this.people = people;
    this.organizations = organizations;
    this.access = access;
    this.accounts = accounts;
    this.grants = grants;
    this.clock = clock;
  }

  /** People of one organization, or of every organization whose people the user may see. */
  @Transactional(readOnly = true)
  public List<Person> list(CurrentUser user, Long organizationId) {
    if (organizationId != null) {
      Organization organization = organizations.organization(user, organizationId);
      if (!access.canSeePeopleOf(user, organization)) {
        throw new ForbiddenException("Нет доступа к персональным данным сотрудников «" + organization.getShortName() + "»");
      }
      return people.findByOrganizationIdOrderByFullName(organizationId);
    }
    return organizations.organizations(user, null).stream()
        .filter(o -> access.canSeePeopleOf(user, o))
        .flatMap(o -> people.findByOrganizationIdOrderByFullName(o.getId()).stream())
        .toList();
  }

  @Transactional(readOnly = true)
  public Person get(CurrentUser user, Long id) {
    Person person = find(id);
    if (!user.userId().equals(person.getLogin()) && !access.canSeePeopleOf(user, person.getOrganization())) {
      throw new ForbiddenException("Нет доступа к персональным данным этого участника");
    }
    return person;
  }

  /** A person by id without access check: for processes and start-up code. */
  @Transactional(readOnly = true)
  public Person find(Long id) {
    return people.findWithOrganizationById(id)
        .orElseThrow(() -> new NotFoundException("Участник с id " + id + " не найден"));
  }

  @Transactional(readOnly = true)
  public Person me(CurrentUser user) {
    return people.findByLogin(user.userId())
        .orElseThrow(() -> new NotFoundException("Пользователь «" + user.userId() + "» не связан с участником"));
  }

  public Person create(CurrentUser user, PersonData data) {
    return create(user, data, false);
  }

  /**
   * Adds a person. A login that already exists is refused with 409 — unless an administrator
   * links an existing account to the person on purpose ({@code linkExistingLogin}).
   */
  public Person create(CurrentUser user, PersonData data, boolean linkExistingLogin) {
    Organization organization = organizations.organization(user, data.organizationId());
    checkCreate(user, organization, data);
    checkNewLogin(user, data.login(), linkExistingLogin);
    Person person = new Person(organization, data.fullName(), PersonCategory.EXPERIENCED, clock.instant());
    apply(person, organization, data);
    person = people.save(person);
    syncAccount(person);
    return person;
  }

  public Person update(CurrentUser user, Long id, PersonData data) {
    return update(user, id, data, false);
  }

  public Person update(CurrentUser user, Long id, PersonData data, boolean linkExistingLogin) {
    Person person = find(id);
    Organization organization = organizations.organization(user, data.organizationId());
    checkUpdate(user, person, organization, data);
    if (person.getLogin() == null) {
      checkNewLogin(user, data.login(), linkExistingLogin);
    }
    apply(person, organization, data);
    person.touch(clock.instant());
    syncAccount(person);
    return person;
  }

  private void checkCreate(CurrentUser user, Organization organization, PersonData data) {
    checkMayManagePeopleOf(user, organization);
    checkRoleChange(user, null, EnumSet.noneOf(Role.class), roles(data), organization);
    validate(organization, data);
  }

  private void checkUpdate(CurrentUser user, Person person, Organization organization, PersonData data) {
    boolean self = user.userId().equals(person.getLogin());
    if (self) {
      if (!organization.getId().equals(person.getOrganization().getId()) || !roles(data).equals(person.getRoles())) {
        throw new ForbiddenException("Свои роли и организацию изменить нельзя: "
            + "это делает тот, кто их назначает (см. «Безопасность» в README)");
      }
    } else {
      checkMayManageHolder(user, person);
      checkMayManagePeopleOf(user, organization);
      checkRoleChange(user, person.getOrganization(), person.getRoles(), roles(data), organization);
    }
    if (person.getLogin() != null && !person.getLogin().equals(data.login())) {
      throw new BusinessRuleException("login", "Логин участника изменить нельзя");
    }
    validate(organization, data);
  }

  /** Why {@link #create} or {@link #update} would refuse, as its field and Russian message. */
  public record Refusal(String field, String message) {}

  /**
   * What {@link #create} ({@code existing} null) or {@link #update} of {@code existing} would refuse
   * these data for — the same checks, run without changing anything and without reading the
   * database: for the dry run and the row checks of an import. Whether a new login is free is the
   * caller's to check (in bulk); the organization must come with its municipality.
   */
  @Transactional(readOnly = true)
  public Optional<Refusal> refusal(CurrentUser user, Organization organization, Person existing, PersonData data) {
    try {
      if (existing == null) {
        checkCreate(user, organization, data);
      } else {
        checkUpdate(user, existing, organization, data);
      }
      return Optional.empty();
    } catch (BusinessRuleException e) {
      return Optional.of(new Refusal(e.getField(), e.getMessage()));
    } catch (ConflictException e) {
      return Optional.of(new Refusal(e.getField(), e.getMessage()));
    } catch (ForbiddenException e) {
      return Optional.of(new Refusal(null, e.getMessage()));
    }
  }

  /**
   * The person, if {@code user} manages them as {@code PUT /api/people/{id}} requires (and it
   * is not the user themselves): for actions on their account such as an invitation.
   */
  @Transactional(readOnly = true)
  public Person checkMayManageAccount(CurrentUser user, Long id) {
    Person person = find(id);
    if (user.userId().equals(person.getLogin())) {
      throw new ForbiddenException("Свою учётную запись так не изменить: пароль меняется в профиле Tasklist"
          + " или по ссылке «Забыли пароль?»");
    }
    checkMayManageHolder(user, person);
    return person;
  }









  /** Refuses unless the user manages the person (as for changing them) and it is not themselves. */
  @Transactional(readOnly = true)
  public void checkMayDelete(CurrentUser user, Long id) {
    Person person = find(id);
    if (user.userId().equals(person.getLogin())) {
      throw new ForbiddenException("Удалить себя нельзя: попросите того, кто назначил вам роль");
    }
    checkMayManageHolder(user, person);
  }

  /** Gives a role as a consequence of a process (a questionnaire approved), with its login group. */
  public Person grantRole(Long personId, Role role) {
    Person person = find(personId);
    if (person.getRoles().add(role)) {
      person.touch(clock.instant());
      syncAccount(person);
    }
    return person;
  }

  /** The rules of the data themselves, whoever changes them. */
  private void validate(Organization organization, PersonData data) {
    Set<Role> roles = roles(data);
    boolean minor = minor(organization, data);
    category(data, minor);
    if (minor) {
      Set<Role> forbidden = EnumSet.copyOf(roles);
      forbidden.retainAll(ADULT_ONLY);
      if (!forbidden.isEmpty()) {
        throw new BusinessRuleException("roles", "Несовершеннолетний не может быть: " + titles(forbidden));
      }
    }
    for (Role role : roles) {
      if (role.isMunicipal() && organization.getKind().isEducational()) {
        throw new BusinessRuleException("roles", "Роль «" + role.title()
            + "» возможна только в органе управления образованием или методическом центре");
      }
    }
    if (!roles.isEmpty() && (data.login() == null || data.login().isBlank())) {
      throw new BusinessRuleException("login", "Участнику с ролью нужен логин для входа в Tasklist");
    }
  }

  private void apply(Person person, Organization organization, PersonData data) {
    Set<Role> roles = roles(data);
    boolean minor = minor(organization, data);
    PersonCategory category = category(data, minor);
    person.setOrganization(organization);
    person.setFullName(data.fullName());
    person.setPosition(data.position());
    person.setSubjects(data.subjects() == null ? Set.of() : new LinkedHashSet<>(data.subjects()));
    person.setExperienceYears(data.experienceYears());
    person.setCategory(category);
    person.setEmail(data.email());
    person.setPhone(data.phone());
    person.setBirthDate(data.birthDate());
    person.setMinor(minor);
    person.setLogin(data.login() == null || data.login().isBlank() ? null : data.login());
    person.setRoles(roles);
  }

  /**
   * Whether the person is a minor: as the caller says, or — with a birth date, which must lie
   * between 1900 and today in the organization's zone — younger than 18 today. A minor by the
   * caller's word with a birth date of an adult is a contradiction, refused.
   */
  private boolean minor(Organization organization, PersonData data) {
    LocalDate birthDate = data.birthDate();
    if (birthDate == null) {
      return data.minor();
    }
    LocalDate today = LocalDate.now(clock.withZone(organization.getMunicipality().getTimeZone()));
    FormDates.withinBounds(birthDate, "birthDate", "Дата рождения");
    if (birthDate.isAfter(today)) {
      throw new BusinessRuleException("birthDate", "Дата рождения " + FormDates.ru(birthDate) + " ещё не наступила");
    }
    boolean underAge = birthDate.plusYears(ADULT_AGE).isAfter(today);
    if (data.minor() && !underAge) {
      throw new BusinessRuleException("birthDate", "Участник отмечен несовершеннолетним, но по дате рождения "
          + FormDates.ru(birthDate) + " ему уже есть " + ADULT_AGE + " лет");
    }
    return underAge;
  }

  private static PersonCategory category(PersonData data, boolean minor) {
    Integer years = data.experienceYears();
    if (data.category() == null) {
      if (minor) return PersonCategory.STUDENT;
      return years != null && years <= PersonCategory.YOUNG_SPECIALIST_MAX_YEARS
          ? PersonCategory.YOUNG_SPECIALIST : PersonCategory.EXPERIENCED;
    }
    if (data.category() == PersonCategory.YOUNG_SPECIALIST && years != null
        && years > PersonCategory.YOUNG_SPECIALIST_MAX_YEARS) {
      throw new BusinessRuleException("category", "Молодой специалист — педагог со стажем не более "
          + PersonCategory.YOUNG_SPECIALIST_MAX_YEARS + " лет, а указан стаж " + years);
    }
    return data.category();
  }

  private static Set<Role> roles(PersonData data) {
    return data.roles() == null || data.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(data.roles());
  }

  /** The organization's people are kept by its director and curator, the municipality and the role grantors. */
  public boolean mayManagePeopleOf(CurrentUser user, Organization organization) {
    return access.canManagePeopleOf(user, organization) || !grants.grantable(user, organization).isEmpty();
  }

  private void checkMayManagePeopleOf(CurrentUser user, Organization organization) {
    if (!mayManagePeopleOf(user, organization)) {
      throw new ForbiddenException("Изменять состав участников «" + organization.getShortName()
          + "» может её руководитель, куратор или координатор муниципалитета");
    }
  }

  /** A person who holds roles is managed only by whoever may grant every one of them. */
  private void checkMayManageHolder(CurrentUser user, Person person) {
    checkMayManagePeopleOf(user, person.getOrganization());
    Set<Role> grantable = grants.grantable(user, person.getOrganization());
    for (Role role : person.getRoles()) {
      if (!grantable.contains(role)) {
        throw new ForbiddenException("Данные и вход участника с ролью «" + role.title() + "» изменяет "
            + RoleGrants.grantors(role));
      }
    }
  }

  /** Every role given or taken must be one the user may grant (README, «Безопасность»). */
  private void checkRoleChange(CurrentUser user, Organization from, Set<Role> before, Set<Role> after, Organization to) {
    Set<Role> added = EnumSet.noneOf(Role.class);
    added.addAll(after);
    added.removeAll(before);
    Set<Role> removed = EnumSet.noneOf(Role.class);
    removed.addAll(before);
    removed.removeAll(after);
    Set<Role> grantableThere = grants.grantable(user, to);
    for (Role role : added) {
      if (!grantableThere.contains(role)) {
        throw new ForbiddenException("Роль «" + role.title() + "» назначает " + RoleGrants.grantors(role));
      }
    }
    Set<Role> grantableHere = from == null ? grantableThere : grants.grantable(user, from);
    for (Role role : removed) {
      if (!grantableHere.contains(role)) {
        throw new ForbiddenException("Роль «" + role.title() + "» снимает " + RoleGrants.grantors(role));
      }
    }
  }

  /**
   * A new login must not belong to anybody yet: neither to another person nor to an account of
   * the engine (the administrator, a coordinator created in Camunda Admin). Only an
   * administrator links an existing account to a person, and only on purpose.
   */
  private void checkNewLogin(CurrentUser user, String login, boolean linkExistingLogin) {
    if (login == null || login.isBlank()) {
      return;
    }
    if (people.existsByLogin(login)) {
      throw new ConflictException("login", "Логин «" + login + "» уже занят другим участником");
    }
    if (accounts.exists(login) && !(linkExistingLogin && user.isAdmin())) {
      throw new ConflictException("login", "Логин «" + login + "» уже существует в системе. Выберите другой логин;"
          + " привязать существующую учётную запись к участнику может только администратор (linkExistingLogin: true)");
    }
  }

  private void syncAccount(Person person) {
    if (person.getLogin() == null) {
      return;
    }
    Map<String, Accounts.GroupSpec> groups = new LinkedHashMap<>();
    for (Role role : person.getRoles()) {
      groups.put(role.groupId(person.getOrganization()),
          new Accounts.GroupSpec(role.groupName(person.getOrganization()), role));
    }
    accounts.sync(person.getLogin(), person.firstNames(), person.lastName(), person.getEmail(), groups);
  }

  private static String titles(Set<Role> roles) {
    return String.join(", ", roles.stream().map(Role::title).toList());
  }
}
