package ru.nastavnik.person;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * The registry of people. Giving a person a role gives them a login in the role's group of
 * their organization, so that their tasks reach them in Tasklist.
 */
@Service
@Transactional
public class PersonService {

  private static final Set<Role> ADULT_ONLY = EnumSet.of(Role.DIRECTOR, Role.CURATOR, Role.COORDINATOR, Role.MANAGER);

  private final PersonRepository people;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Accounts accounts;

  PersonService(PersonRepository people, OrganizationService organizations, OrganizationAccess access, Accounts accounts) {
    this.people = people;
    this.organizations = organizations;
    this.access = access;
    this.accounts = accounts;
  }

  /** People of one organization, or of every organization whose people the user may see. */
  @Transactional(readOnly = true)
  public List<Person> list(Long organizationId) {
    CurrentUser user = CurrentUser.require();
    if (organizationId != null) {
      Organization organization = organizations.organization(organizationId);
      if (!access.canSeePeopleOf(user, organization)) {
        throw new ForbiddenException("Нет доступа к персональным данным сотрудников «" + organization.getShortName() + "»");
      }
      return people.findByOrganizationIdOrderByFullName(organizationId);
    }
    return organizations.organizations(null).stream()
        .filter(o -> access.canSeePeopleOf(user, o))
        .flatMap(o -> people.findByOrganizationIdOrderByFullName(o.getId()).stream())
        .toList();
  }

  @Transactional(readOnly = true)
  public Person get(Long id) {
    Person person = find(id);
    CurrentUser user = CurrentUser.require();
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
  public Person me() {
    CurrentUser user = CurrentUser.require();
    return people.findByLogin(user.userId())
        .orElseThrow(() -> new NotFoundException("Пользователь «" + user.userId() + "» не связан с участником"));
  }

  public Person create(PersonData data) {
    Organization organization = organizations.organization(data.organizationId());
    checkMayManage(organization, data.roles());
    Person person = new Person(organization, data.fullName(), PersonCategory.EXPERIENCED);
    apply(person, organization, data);
    person = people.save(person);
    syncAccount(person);
    return person;
  }

  public Person update(Long id, PersonData data) {
    Person person = find(id);
    checkMayManage(person.getOrganization(), person.getRoles());
    Organization organization = organizations.organization(data.organizationId());
    checkMayManage(organization, data.roles());
    if (person.getLogin() != null && !person.getLogin().equals(data.login())) {
      throw new BusinessRuleException("login", "Логин участника изменить нельзя");
    }
    apply(person, organization, data);
    person.touch();
    syncAccount(person);
    return person;
  }

  /** Gives a role as a consequence of a process (a questionnaire approved), with its login group. */
  public Person grantRole(Long personId, Role role) {
    Person person = find(personId);
    if (person.getRoles().add(role)) {
      person.touch();
      syncAccount(person);
    }
    return person;
  }

  private void apply(Person person, Organization organization, PersonData data) {
    Set<Role> roles = data.roles() == null || data.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(data.roles());
    PersonCategory category = category(data);
    if (data.minor()) {
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
    if (data.login() != null && !data.login().equals(person.getLogin()) && people.existsByLogin(data.login())) {
      throw new BusinessRuleException("login", "Логин «" + data.login() + "» уже занят");
    }
    person.setOrganization(organization);
    person.setFullName(data.fullName());
    person.setPosition(data.position());
    person.setSubjects(data.subjects() == null ? Set.of() : new LinkedHashSet<>(data.subjects()));
    person.setExperienceYears(data.experienceYears());
    person.setCategory(category);
    person.setEmail(data.email());
    person.setMinor(data.minor());
    person.setLogin(data.login() == null || data.login().isBlank() ? null : data.login());
    person.setRoles(roles);
  }

  private static PersonCategory category(PersonData data) {
    Integer years = data.experienceYears();
    if (data.category() == null) {
      if (data.minor()) return PersonCategory.STUDENT;
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

  private void checkMayManage(Organization organization, Set<Role> roles) {
    CurrentUser user = CurrentUser.require();
    if (!access.canManagePeopleOf(user, organization)) {
      throw new ForbiddenException("Изменять состав участников «" + organization.getShortName()
          + "» может её руководитель, куратор или координатор муниципалитета");
    }
    boolean municipal = roles != null && roles.stream().anyMatch(Role::isMunicipal);
    if (municipal && !access.canManageMunicipality(user, organization.getMunicipality())) {
      throw new ForbiddenException("Муниципальные роли назначает администратор или координатор муниципалитета");
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
