package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.documents.OfficialXlsx;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.practice.PracticeService;
import ru.nastavnik.system.CurrentUser;

/**
 * A registry is read with a fixed number of SQL statements, whatever its size: the same
 * registries of an organization with N and then 2N people (each a mentee with a request and its
 * difficulties, a mentor with competencies and forms, subjects, roles and consents) are built by
 * a {@link RegistryService} whose statements are counted on their way to the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryQueryCountIT extends IntegrationTestSupport {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final int N = 6;

  @Autowired OrganizationService organizations;
  @Autowired OrganizationAccess access;
  @Autowired PracticeService practices;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired ru.nastavnik.operations.Durations durations;

  private final AtomicInteger statements = new AtomicInteger();
  private RegistryService counted;
  private Organization school;
  private int people;

  @BeforeAll
  void aSchoolAndACountingService() {
    // a municipality of its own: the demo municipality's figures stay what other tests expect
    school = CurrentUser.runAs(ADMIN, () -> {
      var region = organizations.createRegion(ADMIN, "count-test", "Область подсчёта");
      var municipality = organizations.createMunicipality(ADMIN, region.getId(), "count", "Город подсчёта", "Asia/Yekaterinburg");
      return organizations.createOrganization(ADMIN, municipality.getId(), OrganizationKind.SCHOOL, "count-sch",
          "МБОУ «Школа для подсчёта запросов»", "Школа подсчёта", null);
    });
    counted = new RegistryService(organizations, access, practices, counting(dataSource), java.time.Clock.systemUTC(), durations);
  }

  /** The data source whose connections count every statement they prepare or create. */
  private DataSource counting(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
              if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                  || m.getName().equals("prepareCall")) {
                statements.incrementAndGet();
              }
              return invoke(connection, m, a);
            });
          }
          return result;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void addPeople(int count) {
    for (int i = 0; i < count; i++) {
      int n = ++people;
      Long person = jdbc.queryForObject("""
          insert into person (organization_id, full_name, position, experience_years, category, email, minor, created_at, updated_at)
          values (?, ?, 'Учитель', 2, 'YOUNG_SPECIALIST', ?, false, current_timestamp, current_timestamp) returning id""",
          Long.class, school.getId(), "Учитель " + n + " Подсчётов", "count" + n + "@test");
      jdbc.update("insert into person_role (person_id, role) values (?, 'MENTEE'), (?, 'MENTOR')", person, person);
      jdbc.update("insert into person_subject (person_id, subject) values (?, 'Математика'), (?, 'Физика')", person, person);
      jdbc.update("""
          insert into consent (person_id, kind, given_by, given_by_relation, given_at)
          values (?, 'PERSONAL_DATA', 'сам', 'SELF', current_timestamp)""", person);
      Long request = jdbc.queryForObject("""
          insert into mentoring_request (mentee_id, organization_id, subject, desired_form, status, late, filed_by, filed_at,
                                         review_overdue)
          values (?, ?, 'Математика', 'TRADITIONAL', 'ACCEPTED', false, 'count', current_timestamp, false) returning id""",
          Long.class, person, school.getId());
      jdbc.update("insert into mentoring_request_difficulty (request_id, competency_code)"
          + " select ?, code from competency order by sort_order limit 2", request);
      Long profile = jdbc.queryForObject("""
          insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
          values (?, ?, 2, 'APPROVED', 'COMPLETED', 'count', current_timestamp) returning id""",
          Long.class, person, school.getId());
      jdbc.update("insert into mentor_competency (mentor_profile_id, competency_code)"
          + " select ?, code from competency order by sort_order limit 3", profile);
      jdbc.update("insert into mentor_form (mentor_profile_id, form) values (?, 'TRADITIONAL'), (?, 'GROUP')", profile, profile);
    }
  }

  private record Run(int statements, int rows) {}

  private interface Registry {
    void write(RegistryService service, Long organizationId, RegistryService.Sink sink);
  }

  private Run run(Registry registry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    statements.set(0);
    CurrentUser.runAs(ADMIN, () -> {
      registry.write(counted, school.getId(), name -> out);
      return null;
    });
    int count = statements.get();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      int lastData = workbook.getSheetAt(0).getLastRowNum();
      // the bank of mentors ends with its totals row
      String last = workbook.getSheetAt(0).getRow(lastData).getCell(1).getStringCellValue();
      return new Run(count, lastData - OfficialXlsx.HEADER_ROW - ("Итого".equals(last) ? 1 : 0));
    }
  }

  @Test
  void registriesOfNAndOf2NRowsTakeTheSameStatements() throws Exception {
    addPeople(N);
    Run mentees = run((s, id, sink) -> s.mentees(ADMIN, id, null, sink));
    Run mentors = run((s, id, sink) -> s.mentors(ADMIN, id, null, sink));
    Run participants = run((s, id, sink) -> s.participants(ADMIN, id, null, sink));
    addPeople(N);
    Run mentees2 = run((s, id, sink) -> s.mentees(ADMIN, id, null, sink));
    Run mentors2 = run((s, id, sink) -> s.mentors(ADMIN, id, null, sink));
    Run participants2 = run((s, id, sink) -> s.participants(ADMIN, id, null, sink));

    System.out.printf("SQL statements for %d / %d rows: mentees %d / %d, mentors %d / %d, participants %d / %d%n",
        N, 2 * N, mentees.statements(), mentees2.statements(), mentors.statements(), mentors2.statements(),
        participants.statements(), participants2.statements());
    assertThat(mentees.rows()).isEqualTo(N);
    assertThat(mentees2.rows()).isEqualTo(2 * N);
    assertThat(mentors2.rows()).isEqualTo(2 * mentors.rows());
    assertThat(participants2.rows()).isEqualTo(2 * participants.rows());
    assertThat(mentees.statements()).isPositive();
    assertThat(mentees2.statements()).isEqualTo(mentees.statements());
    assertThat(mentors2.statements()).isEqualTo(mentors.statements());
    assertThat(participants2.statements()).isEqualTo(participants.statements());
  }
}
