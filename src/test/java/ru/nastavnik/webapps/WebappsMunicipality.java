package ru.nastavnik.webapps;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.CurrentUser;

/**
 * A municipality of its own for the tests of the webapps, so that what they start does not mix with
 * other tests' work: department, methodical centre and one school with every role; logins
 * {@code <code>-manager}, {@code -coordinator}, {@code -director}, {@code -curator}, {@code -mentor}
 * (an approved, trained mentor) and {@code -mentee} (a young specialist), password «demo».
 */
record WebappsMunicipality(String code, long municipalityId, Organization school) {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  record Services(OrganizationService organizations, PersonService people, ConsentService consents, Accounts accounts,
      TransactionTemplate transaction, JdbcTemplate jdbc) {}

  static WebappsMunicipality create(Services s, String code, String name) {
    return CurrentUser.runAs(ADMIN, () -> s.transaction().execute(status -> {
      var region = s.organizations().createRegion(ADMIN, code + "-test", "Область «" + name + "»");
      Municipality municipality = s.organizations().createMunicipality(ADMIN, region.getId(), code, name,
          ZoneId.of("Asia/Yekaterinburg").getId());
      long id = municipality.getId();
      Organization department = s.organizations().createOrganization(ADMIN, id, OrganizationKind.DEPARTMENT, code + "-do",
          "Департамент образования", "Департамент", null);
      Organization centre = s.organizations().createOrganization(ADMIN, id, OrganizationKind.METHODICAL_CENTER, code + "-cro",
          "Центр развития образования", "ЦРО", null);
      Organization school = s.organizations().createOrganization(ADMIN, id, OrganizationKind.SCHOOL, code + "-a",
          "Муниципальное бюджетное общеобразовательное учреждение «Школа А»", "Школа А", null);
      person(s, department, code + "-manager", "Начальникова Ирина Петровна", 20, Role.MANAGER);
      person(s, centre, code + "-coordinator", "Координаторова Ольга Ивановна", 20, Role.COORDINATOR);
      person(s, school, code + "-director", "Директоров Пётр Сергеевич", 25, Role.DIRECTOR);
      person(s, school, code + "-curator", "Кураторова Анна Михайловна", 15, Role.CURATOR);
      Person mentor = person(s, school, code + "-mentor", "Опытнова Вера Николаевна", 20, Role.MENTOR);
      s.consents().record(ADMIN, mentor.getId(), ConsentKind.MENTORING_DUTIES, "Опытнова Вера Николаевна", ConsentGiver.SELF, null, null);
      person(s, school, code + "-mentee", "Новичкова Мария Андреевна", 1, Role.MENTEE);
      s.jdbc().update("""
          insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
          values (?, ?, 2, 'APPROVED', 'COMPLETED', 'demo', current_timestamp)""", mentor.getId(), school.getId());
      return new WebappsMunicipality(code, id, school);
    }));
  }

  String login(String role) {
    return code + "-" + role;
  }

  private static Person person(Services s, Organization organization, String login, String name, int experience, Role role) {
    Person person = s.people().create(ADMIN, new PersonData(organization.getId(), name, "Учитель математики", Set.of("Математика"),
        experience, null, login + "@webapps.test", false, login, EnumSet.of(role)));
    s.consents().record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    s.accounts().setPassword(login, "demo");
    return person;
  }
}
