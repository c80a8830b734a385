package ru.nastavnik.onboarding;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.operations.Durations;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * Imports a staff list (a school information system's export) into the registry of people.
 * Every row is checked by the same rules as {@code POST /api/people} ({@link PersonService#refusal});
 * a real run stores the valid rows through {@link PersonService#create} and {@link PersonService#update}
 * in the one transaction of the file, so that roles are granted only as the caller may grant them.
 * A person is found by e-mail, else by full name, among the people of the row's organization; a
 * file imported twice changes nothing the second time. An import adds roles and fills in data, it
 * never takes a role away nor clears a value the file leaves empty. The cells of a row are read by
 * {@link StaffRows}, the header by {@link StaffColumns}.
 */
@Service
public class StaffImport {

  private final PersonService people;
  private final PersonRepository repository;
  private final OrganizationService organizations;
  private final Accounts accounts;
  private final EntityManager entities;
  private final Durations durations;

  /** Rows stored between two flushes of the persistence context (see {@link #store}). */
  static final int FLUSH_EVERY = 100;

  StaffImport(PersonService people, PersonRepository repository, OrganizationService organizations, Accounts accounts,
      EntityManager entities, Durations durations) {
    this.durations = durations;
    this.people = people;
    this.repository = repository;
    this.organizations = organizations;
    this.accounts = accounts;
    this.entities = entities;
  }

  /** What became, or would become, of one row. */
  public enum Status { CREATED, UPDATED, UNCHANGED, ERROR }

  /** One row of the answer: {@code row} counts from the header (1). */
  public record RowResult(int row, Status status, List<String> errors, Long personId, String login, String fullName) {}

  /** The answer: every data row of the file, and the counts. */
  public record Result(boolean dryRun, int created, int updated, int unchanged, int errors, List<RowResult> rows) {}

  /**
   * Reads and checks the file, and unless {@code dryRun} stores its valid rows, as {@code user} may.
   *
   * @param organizationId the organization of every row; null when the file has a column «Организация»
   */
  @Transactional
  public Result importFile(CurrentUser user, byte[] content, Long organizationId, boolean dryRun) {
    Organization fixed = null;
    if (organizationId != null) {
      fixed = organizations.organization(user, organizationId);
      if (!people.mayManagePeopleOf(user, fixed)) {
        throw new ForbiddenException("Загружать список сотрудников «" + fixed.getShortName()
            + "» может её руководитель, куратор или управление образованием муниципалитета");
      }
    }
    Organization organization = fixed;
    return durations.record(Durations.Operation.IMPORT, "staff",
        () -> organization == null ? Durations.SEVERAL : organization.getCode(),
        () -> importRows(user, content, organization, dryRun));
  }

  /** {@link #importFile} once the organization is known and allowed; timed as {@code kind=staff}. */
  private Result importRows(CurrentUser user, byte[] content, Organization fixed, boolean dryRun) {
    List<SheetRow> rows = StaffFile.read(content, null);
    StaffColumns columns = StaffColumns.find(rows).orElseThrow(() -> new StaffFileException(
        "Не найдена строка заголовка: нужен столбец «ФИО» (или «Фамилия» и «Имя») и хотя бы ещё один столбец,"
            + " например «Должность», «Роль» или «Эл. почта»"));
    if (fixed == null && !columns.has(StaffField.ORGANIZATION)) {
      throw new BusinessRuleException("organizationId",
          "Укажите организацию (organizationId) или добавьте в файл столбец «Организация»");
    }
    List<SheetRow> data = rows.stream().filter(r -> r.number() > columns.headerRow() && !r.isBlank()).toList();
    if (data.isEmpty()) {
      throw new StaffFileException("В файле нет ни одной строки с сотрудником под заголовком");
    }
    if (data.size() > StaffFile.MAX_ROWS) {
      throw new StaffFileException("В файле больше " + StaffFile.MAX_ROWS + " сотрудников: разделите список на несколько файлов");
    }
    Map<String, Organization> byName = fixed == null ? organizationNames(user) : Map.of();
    Map<Long, List<Person>> staffOf = new HashMap<>();
    List<PlannedRow> planned = new ArrayList<>();
    Map<String, Integer> emailsSeen = new HashMap<>();
    Map<String, Integer> namesSeen = new HashMap<>();
    for (SheetRow sheetRow : data) {
      PlannedRow p = new PlannedRow(sheetRow.number() - columns.headerRow() + 1);
      planned.add(p);
      StaffRows.read(p, sheetRow, columns, fixed, byName);
      if (p.organization == null || p.fullName == null) {
        continue;
      }
      String nameKey = p.organization.getId() + "|" + StaffColumns.normalize(p.fullName);
      Integer earlier = p.email != null ? emailsSeen.putIfAbsent(p.email, p.row) : null;
      Integer earlierName = namesSeen.putIfAbsent(nameKey, p.row);
      if (earlier != null) {
        p.errors.add(StaffRows.column(columns, StaffField.EMAIL) + "адрес " + p.email + " уже указан в строке " + earlier);
      } else if (p.email == null && earlierName != null) {
        p.errors.add(StaffRows.column(columns, StaffField.FULL_NAME) + "этот сотрудник уже указан в строке " + earlierName);
      }
      List<Person> staff = staffOf.computeIfAbsent(p.organization.getId(),
          id -> repository.findByOrganizationIdOrderByFullName(id));
      p.existing = match(staff, p.email, p.fullName);
    }
    assignLogins(planned, columns);
    for (PlannedRow p : planned) {
      if (p.errors.isEmpty()) {
        check(user, p, columns);
      }
    }
    if (!dryRun) {
      store(user, planned);
    }
    List<RowResult> results = new ArrayList<>();
    int[] counts = new int[Status.values().length];
    for (PlannedRow p : planned) {
      Status status = p.errors.isEmpty() ? p.status : Status.ERROR;
      counts[status.ordinal()]++;
      results.add(new RowResult(p.row, status, List.copyOf(p.errors), p.personId,
          status == Status.ERROR || p.data == null ? null : p.data.login(), p.fullName));
    }
    return new Result(dryRun, counts[Status.CREATED.ordinal()], counts[Status.UPDATED.ordinal()],
        counts[Status.UNCHANGED.ordinal()], counts[Status.ERROR.ordinal()], results);
  }

  /**
   * Stores the valid rows in the file's one transaction. Every query of the person service makes
   * the persistence context check all the people it holds for changes; holding the whole file there
   * made 5,000 rows quadratic (221 s), so it is written out and emptied every {@link #FLUSH_EVERY} rows.
   */
  private void store(CurrentUser user, List<PlannedRow> planned) {
    int stored = 0;
    for (PlannedRow p : planned) {
      if (p.status == Status.CREATED) {
        p.personId = people.create(user, p.data).getId();
      } else if (p.status == Status.UPDATED) {
        people.update(user, p.existing.getId(), p.data);
      } else {
        continue;
      }
      if (++stored % FLUSH_EVERY == 0) {
        entities.flush();
        entities.clear();
      }
    }
  }

  /** The person of the organization with that e-mail, else with that full name (only if one has it). */
  private static Person match(List<Person> staff, String email, String fullName) {
    if (email != null) {
      for (Person person : staff) {
        if (email.equalsIgnoreCase(person.getEmail())) {
          return person;
        }
      }
    }
    String name = StaffColumns.normalize(fullName);
    List<Person> named = staff.stream().filter(person -> StaffColumns.normalize(person.getFullName()).equals(name)
        && (email == null || person.getEmail() == null)).toList();
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * What the row's person becomes: a new person's data as read, with a login for a role; an
   * existing person's data with the file's non-empty values over theirs and the file's roles added.
   */
  private void assignLogins(List<PlannedRow> planned, StaffColumns columns) {
    Set<String> wanted = new HashSet<>();
    for (PlannedRow p : planned) {
      if (p.data == null) continue;
      if (p.existing != null) {
        p.data = merge(p.existing, p.data);
      } else if (p.data.login() == null && !p.data.roles().isEmpty()) {
        wanted.add(Logins.base(p.fullName, p.email));
      } else if (p.data.login() != null) {
        wanted.add(p.data.login());
      }
    }
    Set<String> taken = new HashSet<>(accounts.existing(wanted));
    for (PlannedRow p : planned) {
      if (p.data == null || p.existing != null) continue;
      String login = p.data.login();
      if (login != null) {
        if (!taken.add(login)) {
          p.errors.add(StaffRows.column(columns, StaffField.LOGIN) + "логин «" + login + "» уже занят");
        }
      } else if (!p.data.roles().isEmpty()) {
        login = Logins.unique(Logins.base(p.fullName, p.email),
            l -> taken.contains(l) || !wanted.contains(l) && accounts.exists(l));
        taken.add(login);
        p.data = withLogin(p.data, login);
      }
    }
  }

  private static PersonData merge(Person existing, PersonData file) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(existing.getRoles());
    roles.addAll(file.roles());
    Set<String> subjects = file.subjects().isEmpty() ? existing.getSubjects() : file.subjects();
    String login = existing.getLogin() != null ? existing.getLogin() : file.login();
    if (login == null && !roles.isEmpty()) {
      login = Logins.base(existing.getFullName(), file.email() != null ? file.email() : existing.getEmail());
    }
    // A new experience lets the category follow it (a young specialist with 5 years is one no more).
    boolean newExperience = file.experienceYears() != null && !file.experienceYears().equals(existing.getExperienceYears());
    return new PersonData(existing.getOrganization().getId(), existing.getFullName(),
        or(file.position(), existing.getPosition()), new LinkedHashSet<>(subjects),
        or(file.experienceYears(), existing.getExperienceYears()), newExperience ? null : existing.getCategory(),
        or(file.email(), existing.getEmail()), existing.isMinor(), login, roles,
        or(file.phone(), existing.getPhone()), or(file.birthDate(), existing.getBirthDate()));
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }

  private static PersonData withLogin(PersonData d, String login) {
    return new PersonData(d.organizationId(), d.fullName(), d.position(), d.subjects(), d.experienceYears(), d.category(),
        d.email(), d.minor(), login, d.roles(), d.phone(), d.birthDate());
  }

  /** Whether the row changes anything, and whether the person service would refuse it. */
  private void check(CurrentUser user, PlannedRow p, StaffColumns columns) {
    if (p.existing != null) {
      p.personId = p.existing.getId();
      if (same(p.existing, p.data)) {
        p.status = Status.UNCHANGED;
        return;
      }
      if (p.existing.getLogin() == null && p.data.login() != null && accounts.exists(p.data.login())) {
        p.data = withLogin(p.data, Logins.unique(p.data.login(), accounts::exists));
      }
    }
    Optional<PersonService.Refusal> refusal = people.refusal(user, p.organization, p.existing, p.data);
    if (refusal.isPresent()) {
      p.errors.add(StaffRows.column(columns, field(refusal.get().field())) + refusal.get().message());
      return;
    }
    p.status = p.existing == null ? Status.CREATED : Status.UPDATED;
  }

  private static boolean same(Person person, PersonData data) {
    return Objects.equals(person.getPosition(), data.position())
        && Objects.equals(new HashSet<>(person.getSubjects()), new HashSet<>(data.subjects()))
        && Objects.equals(person.getExperienceYears(), data.experienceYears())
        && Objects.equals(person.getEmail(), data.email())
        && Objects.equals(person.getPhone(), data.phone())
        && Objects.equals(person.getBirthDate(), data.birthDate())
        && Objects.equals(person.getLogin(), data.login())
        && person.getRoles().equals(data.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(data.roles()));
  }

  /** The column a refusal of the person service is about. */
  private static StaffField field(String field) {
    if (field == null) return StaffField.ROLES;
    return switch (field) {
      case "birthDate" -> StaffField.BIRTH_DATE;
      case "category", "experienceYears" -> StaffField.EXPERIENCE;
      case "login" -> StaffField.LOGIN;
      case "email" -> StaffField.EMAIL;
      case "phone" -> StaffField.PHONE;
      case "organizationId" -> StaffField.ORGANIZATION;
      case "fullName" -> StaffField.FULL_NAME;
      default -> StaffField.ROLES;
    };
  }

  /** Organizations the user sees, by code, short name and full name compared without case and punctuation. */
  private Map<String, Organization> organizationNames(CurrentUser user) {
    Map<String, Organization> byName = new HashMap<>();
    for (Organization organization : organizations.organizations(user, null)) {
      for (String name : Arrays.asList(organization.getCode(), organization.getShortName(), organization.getName())) {
        if (name != null) {
          byName.putIfAbsent(StaffColumns.normalize(name), organization);
        }
      }
    }
    return byName;
  }
}
