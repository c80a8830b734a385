package ru.nastavnik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.system.CurrentUser;

/**
 * The organizations' kept counts follow people written through the application: a young
 * specialist who moves to another school leaves the counts of the first, and one whose experience
 * grows past three years leaves the count of young specialists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingSumsIT extends IntegrationTestSupport {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  private long schoolA;
  private long schoolB;

  @BeforeAll
  void twoSchools() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "sums-test", "Область сумм");
      long municipality = organizations.createMunicipality(ADMIN, region.getId(), "sums", "Город сумм", "Asia/Yekaterinburg").getId();
      schoolA = organizations.createOrganization(ADMIN, municipality, OrganizationKind.SCHOOL, "sums-a", "Школа А", "Школа А", null).getId();
      schoolB = organizations.createOrganization(ADMIN, municipality, OrganizationKind.SCHOOL, "sums-b", "Школа Б", "Школа Б", null).getId();
      return null;
    }));
  }

  private int young(long organization) {
    return jdbc.queryForList("select young_specialists from organization_sums where organization_id = ?", Integer.class, organization)
        .stream().findFirst().orElse(0);
  }

  private PersonData youngTeacher(long organization, String name) {
    return new PersonData(organization, name, "Учитель", Set.of(), 1, null, null, false, null, Set.of());
  }

  @Test
  void aYoungSpecialistWhoMovesToAnotherSchoolLeavesTheCountsOfTheFirst() {
    int a = young(schoolA);
    int b = young(schoolB);
    Person person = CurrentUser.runAs(ADMIN, () -> transaction.execute(status ->
        people.create(ADMIN, youngTeacher(schoolA, "Переездова Анна"))));
    assertThat(young(schoolA)).isEqualTo(a + 1);

    CurrentUser.runAs(ADMIN, () -> transaction.execute(status ->
        people.update(ADMIN, person.getId(), youngTeacher(schoolB, "Переездова Анна"))));

    assertThat(young(schoolA)).isEqualTo(a);
    assertThat(young(schoolB)).isEqualTo(b + 1);
  }

  @Test
  void aYoungSpecialistWhoseExperienceGrowsLeavesTheCount() {
    Person person = CurrentUser.runAs(ADMIN, () -> transaction.execute(status ->
        people.create(ADMIN, youngTeacher(schoolA, "Опытнеева Вера"))));
    int a = young(schoolA);

    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> people.update(ADMIN, person.getId(),
        new PersonData(schoolA, "Опытнеева Вера", "Учитель", Set.of(), 12, null, null, false, null, Set.of()))));

    assertThat(young(schoolA)).isEqualTo(a - 1);
  }
}
