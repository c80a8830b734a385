package ru.nastavnik.onboarding;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.CurrentUser;

/**
 * The municipality of the onboarding tests, apart from the demo schools so that their people stay
 * as other tests expect: schools «Школа А» ({@code onb-a}) and «Школа Б» ({@code onb-b}) with
 * curators {@code onb-curator-a}, {@code onb-curator-b} and director {@code onb-director-a}
 * (password «demo»). Created once per application context.
 */
record OnboardingSchools(long schoolA, long schoolB) {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  static synchronized OnboardingSchools ensure(OrganizationService organizations, PersonService people, Accounts accounts,
      TransactionTemplate transaction, JdbcTemplate jdbc) {
    var existing = jdbc.queryForList("select id from organization where code in ('onb-a', 'onb-b') order by code", Long.class);
    if (existing.size() == 2) {
      return new OnboardingSchools(existing.get(0), existing.get(1));
    }
    return CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "onb-test", "Область онбординга");
      Municipality municipality = organizations.createMunicipality(ADMIN, region.getId(), "onb", "Город Онбординг",
          ZoneId.of("Asia/Yekaterinburg").getId());
      Organization a = organizations.createOrganization(ADMIN, municipality.getId(), OrganizationKind.SCHOOL, "onb-a",
          "Муниципальное бюджетное общеобразовательное учреждение «Школа А»", "Школа А", null);
      Organization b = organizations.createOrganization(ADMIN, municipality.getId(), OrganizationKind.SCHOOL, "onb-b",
          "Муниципальное бюджетное общеобразовательное учреждение «Школа Б»", "Школа Б", null);
      person(people, accounts, a, "onb-curator-a", "Кураторова Анна Львовна", Role.CURATOR);
      person(people, accounts, a, "onb-director-a", "Директорова Алла Павловна", Role.DIRECTOR);
      person(people, accounts, b, "onb-curator-b", "Кураторов Борис Петрович", Role.CURATOR);
      return new OnboardingSchools(a.getId(), b.getId());
    }));
  }

  private static void person(PersonService people, Accounts accounts, Organization organization, String login, String name,
      Role role) {
    people.create(ADMIN, new PersonData(organization.getId(), name, null, Set.of(), 15, null, login + "@onb.test", false, login,
        EnumSet.of(role)));
    accounts.setPassword(login, "demo");
  }
}
