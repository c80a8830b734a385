package ru.nastavnik.monitoring;

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
 * A municipality of a monitoring test, in Khanty-Mansiysk's time zone: department, methodical
 * centre, schools A and B with one approved mentor in A; logins {@code <code>-manager},
 * {@code <code>-coordinator}, {@code <code>-curator-a}, {@code <code>-curator-b} (password «demo»).
 */
record MonitoringMunicipality(long municipalityId, Organization schoolA, Organization schoolB) {

  static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  /** Creates it through the services, as an administrator would. */
  record Services(OrganizationService organizations, PersonService people, ConsentService consents, Accounts accounts,
      TransactionTemplate transaction, JdbcTemplate jdbc) {}

  static MonitoringMunicipality create(Services s, String code, String name) {
    return CurrentUser.runAs(ADMIN, () -> s.transaction().execute(status -> {
      var region = s.organizations().createRegion(ADMIN, code + "-test", "Область «" + name + "»");
      Municipality municipality = s.organizations().createMunicipality(ADMIN, region.getId(), code, name, ZONE.getId());
      long id = municipality.getId();
      Organization department = s.organizations().createOrganization(ADMIN, id, OrganizationKind.DEPARTMENT, code + "-do",
          "Департамент образования", "Департамент", null);
      Organization centre = s.organizations().createOrganization(ADMIN, id, OrganizationKind.METHODICAL_CENTER, code + "-cro",
          "Центр развития образования", "ЦРО", null);
      Organization a = s.organizations().createOrganization(ADMIN, id, OrganizationKind.SCHOOL, code + "-a",
          "Муниципальное бюджетное общеобразовательное учреждение «Школа А»", "Школа А", null);
      Organization b = s.organizations().createOrganization(ADMIN, id, OrganizationKind.SCHOOL, code + "-b",
          "Муниципальное бюджетное общеобразовательное учреждение «Школа Б»", "Школа Б", null);
      person(s, department, code + "-manager", "Начальникова Ирина", Role.MANAGER);
      person(s, centre, code + "-coordinator", "Координаторова Ольга", Role.COORDINATOR);
      person(s, a, code + "-curator-a", "Кураторова Анна", Role.CURATOR);
      person(s, b, code + "-curator-b", "Кураторов Борис", Role.CURATOR);
      Person mentor = person(s, a, code + "-mentor", "Опытнова Вера", Role.MENTOR);
      s.jdbc().update("""
          insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
          values (?, ?, 2, 'APPROVED', 'COMPLETED', 'demo', current_timestamp)""", mentor.getId(), a.getId());
      return new MonitoringMunicipality(id, a, b);
    }));
  }

  private static Person person(Services s, Organization organization, String login, String name, Role role) {
    Person person = s.people().create(ADMIN, new PersonData(organization.getId(), name, null, Set.of(), 15, null,
        login + "@monitoring.test", false, login, EnumSet.of(role)));
    s.consents().record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    s.accounts().setPassword(login, "demo");
    return person;
  }
}
