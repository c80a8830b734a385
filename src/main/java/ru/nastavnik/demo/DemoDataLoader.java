package ru.nastavnik.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.organization.Region;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.CurrentUser;

/**
 * Loads the demo municipality (Ханты-Мансийск, UTC+5) once: its department of education,
 * methodical centre and three schools with directors, curators, mentors and mentees, plus a
 * small second municipality (Волгоград, UTC+3) to show that municipalities are kept apart, and
 * what the managers' dashboard draws (a roadmap in progress, completed pairs with ratings, see
 * {@link DemoDashboardData}).
 * Every demo login has the password of {@code nastavnik.demo.password}; see README.md.
 */
@Component
@Profile("demo")
class DemoDataLoader {

  static final String MUNICIPALITY = "khm";

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final OrganizationService organizations;
  private final PersonService people;
  private final ConsentService consents;
  private final Accounts accounts;
  private final MentorBankService mentorBank;
  private final DemoDashboardData dashboardData;
  private final TransactionTemplate transaction;
  private final String password;

  DemoDataLoader(OrganizationService organizations, PersonService people, ConsentService consents, Accounts accounts,
      MentorBankService mentorBank, DemoDashboardData dashboardData, TransactionTemplate transaction,
      @Value("${nastavnik.demo.password}") String password) {
    this.mentorBank = mentorBank;
    this.dashboardData = dashboardData;
    this.organizations = organizations;
    this.people = people;
    this.consents = consents;
    this.accounts = accounts;
    this.transaction = transaction;
    this.password = password;
  }

  /** The demo is loaded as the administrator would load it. */
  static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void load() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      if (organizations.regions().stream().anyMatch(r -> r.getCode().equals("86"))) {
        return null;
      }
      loadKhantyMansiysk();
      loadVolgograd();
      LOG.info("Демо-данные загружены: муниципалитеты «Ханты-Мансийск» и «Волгоград»");
      return null;
    }));
  }

  private void loadKhantyMansiysk() {
    Region region = organizations.createRegion(ADMIN, "86", "Ханты-Мансийский автономный округ – Югра");
    Municipality khm = organizations.createMunicipality(ADMIN, region.getId(), MUNICIPALITY, "Город Ханты-Мансийск",
        ZoneId.of("Asia/Yekaterinburg").getId());
    Organization department = organizations.createOrganization(ADMIN, khm.getId(), OrganizationKind.DEPARTMENT, "khm-do",
        "Департамент образования Администрации города Ханты-Мансийска", "Департамент образования", null);
    Organization centre = organizations.createOrganization(ADMIN, khm.getId(), OrganizationKind.METHODICAL_CENTER, "khm-cro",
        "Муниципальное бюджетное учреждение «Центр развития образования»", "ЦРО", null);
    staff(department, "manager", "Петрова Ольга Николаевна", "Начальник отдела общего образования", Role.MANAGER);
    staff(centre, "coordinator", "Соколова Ирина Викторовна", "Методист, муниципальный координатор", Role.COORDINATOR);

    String[][] schools = {
        {"khm-sch1", "МБОУ «Средняя общеобразовательная школа № 1»", "СОШ № 1"},
        {"khm-sch2", "МБОУ «Средняя общеобразовательная школа № 2»", "СОШ № 2"},
        {"khm-sch3", "МБОУ «Средняя общеобразовательная школа № 3»", "СОШ № 3"}};
    String[][] names = {
        {"Кузнецов Андрей Павлович", "Морозова Елена Сергеевна", "Волкова Наталья Ивановна", "Лебедев Сергей Юрьевич",
            "Новикова Анна Дмитриевна", "Захаров Илья Андреевич"},
        {"Орлова Татьяна Михайловна", "Федорова Светлана Олеговна", "Григорьев Павел Николаевич",
            "Смирнова Людмила Петровна", "Козлова Дарья Алексеевна", "Павлов Артём Игоревич"},
        {"Семенов Виктор Александрович", "Никитина Марина Васильевна", "Белова Галина Фёдоровна",
            "Егоров Николай Степанович", "Тихонова Ксения Романовна", "Миронова Полина Евгеньевна"}};
    List<Organization> schoolList = new ArrayList<>();
    List<Long> historyMentors = new ArrayList<>();
    for (int i = 0; i < schools.length; i++) {
      Organization school = organizations.createOrganization(ADMIN, khm.getId(), OrganizationKind.SCHOOL, schools[i][0],
          schools[i][1], schools[i][2], null);
      int n = i + 1;
      staff(school, "director" + n, names[i][0], "Директор", Role.DIRECTOR);
      staff(school, "curator" + n, names[i][1], "Заместитель директора по УВР, куратор наставничества", Role.CURATOR);
      Person math = teacher(school, "mentor" + n + "a", names[i][2], "Учитель математики", List.of("Математика"), 24,
          Role.MENTOR);
      Person history = teacher(school, "mentor" + n + "b", names[i][3], "Учитель истории", List.of("История", "Обществознание"),
          15, Role.MENTOR);
      mentorBank.registerApproved(math.getId(), Set.of("LESSON_PLANNING", "ASSESSMENT", "DIGITAL_TOOLS", "SUBJECT_METHODS"),
          Set.of(MentoringForm.TRADITIONAL, MentoringForm.GROUP), 2, TrainingStatus.COMPLETED, "demo", Instant.now());
      schoolList.add(school);
      historyMentors.add(mentorBank.registerApproved(history.getId(), Set.of("CLASSROOM_DISCIPLINE", "WORKING_WITH_PARENTS",
          "CLASS_TEACHER", "SUBJECT_METHODS"), Set.of(MentoringForm.TRADITIONAL), 2,
          i == 0 ? TrainingStatus.COMPLETED : TrainingStatus.NOT_STARTED, "demo", Instant.now()).getId());
      teacher(school, "mentee" + n + "a", names[i][4], "Учитель математики", List.of("Математика"), 1, Role.MENTEE);
      teacher(school, "mentee" + n + "b", names[i][5], "Учитель истории", List.of("История"), 2, Role.MENTEE);
    }
    // The dashboard's roadmap, completed pairs and ratings: table rows only, nothing for the demo logins' task lists.
    dashboardData.load(new DemoDashboardData.Khm(khm, department, centre, schoolList, historyMentors.get(0),
        historyMentors.get(1)), Instant.now());
  }

  private void loadVolgograd() {
    Region region = organizations.createRegion(ADMIN, "34", "Волгоградская область");
    Municipality vlg = organizations.createMunicipality(ADMIN, region.getId(), "vlg", "Город-герой Волгоград",
        ZoneId.of("Europe/Volgograd").getId());
    Organization department = organizations.createOrganization(ADMIN, vlg.getId(), OrganizationKind.DEPARTMENT, "vlg-do",
        "Департамент по образованию администрации Волгограда", "Департамент по образованию", null);
    Organization school = organizations.createOrganization(ADMIN, vlg.getId(), OrganizationKind.SCHOOL, "vlg-sch5",
        "МОУ «Средняя школа № 5»", "СШ № 5", null);
    staff(department, "manager-vlg", "Александрова Вера Игоревна", "Консультант отдела общего образования",
        Role.MANAGER);
    staff(school, "curator-vlg5", "Дмитриева Ольга Васильевна", "Заместитель директора, куратор наставничества",
        Role.CURATOR);
  }

  private void staff(Organization organization, String login, String fullName, String position, Role role) {
    Person person = people.create(ADMIN, new PersonData(organization.getId(), fullName, position, Set.of(), 20,
        PersonCategory.EXPERIENCED, login + "@demo.nastavnik.local", false, login, EnumSet.of(role)));
    consents.record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, fullName, ConsentGiver.SELF, null, "Демо");
    accounts.setPassword(login, password);
  }

  private Person teacher(Organization school, String login, String fullName, String position, List<String> subjects,
      int years, Role role) {
    Person person = people.create(ADMIN, new PersonData(school.getId(), fullName, position, Set.copyOf(subjects), years, null,
        login + "@demo.nastavnik.local", false, login, EnumSet.of(role)));
    consents.record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, fullName, ConsentGiver.SELF, null, "Демо");
    if (role == Role.MENTOR) {
      consents.record(ADMIN, person.getId(), ConsentKind.MENTORING_DUTIES, fullName, ConsentGiver.SELF, null, "Демо");
    }
    accounts.setPassword(login, password);
    return person;
  }
}
