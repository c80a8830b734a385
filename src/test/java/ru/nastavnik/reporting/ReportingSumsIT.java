package ru.nastavnik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * grows past three years leaves the count of young specialists; two transactions rating meetings of
 * one school at the same time both count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingSumsIT extends IntegrationTestSupport {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReportingSumsKeeper sums;

  private long municipality;
  private long schoolA;
  private long schoolB;

  @BeforeAll
  void twoSchools() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "sums-test", "Область сумм");
      municipality = organizations.createMunicipality(ADMIN, region.getId(), "sums", "Город сумм", "Asia/Yekaterinburg").getId();
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

  /**
   * A held meeting of a program of school A, written directly (the pair and the program are not what
   * this test is about); returns its id.
   */
  private long heldMeeting(int seq) {
    Timestamp now = Timestamp.from(Instant.now());
    Person mentee = CurrentUser.runAs(ADMIN, () -> transaction.execute(status ->
        people.create(ADMIN, youngTeacher(schoolA, "Оценкина " + seq))));
    Person mentor = CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> people.create(ADMIN,
        new PersonData(schoolA, "Наставникова " + seq, "Учитель", Set.of(), 20, null, null, false, null, Set.of()))));
    long profile = jdbc.queryForObject("insert into mentor_profile (person_id, organization_id, capacity, status,"
        + " training_status, submitted_by, submitted_at) values (?, ?, 2, 'APPROVED', 'COMPLETED', 'test', ?) returning id",
        Long.class, mentor.getId(), schoolA, now);
    long request = jdbc.queryForObject("insert into mentoring_request (mentee_id, organization_id, desired_form, status,"
        + " late, filed_by, filed_at, review_overdue) values (?, ?, 'TRADITIONAL', 'ACCEPTED', false, 'test', ?, false)"
        + " returning id", Long.class, mentee.getId(), schoolA, now);
    long pair = jdbc.queryForObject("insert into mentoring_pair (request_id, mentor_profile_id, organization_id, status,"
        + " score, proposed_by, proposed_at, activated_at) values (?, ?, ?, 'ACTIVE', 80, 'test', ?, ?) returning id",
        Long.class, request, profile, schoolA, now, now);
    long program = jdbc.queryForObject("insert into mentoring_program (pair_id, organization_id, status, starts_on,"
        + " good_practice, reward_status, created_at) values (?, ?, 'APPROVED', current_date, false, 'NOT_PROPOSED', ?)"
        + " returning id", Long.class, pair, schoolA, now);
    return jdbc.queryForObject("insert into program_meeting (program_id, seq, kind, topic, planned_on, status, held_at)"
        + " values (?, 1, 'WORKING', 'Встреча', current_date, 'HELD', ?) returning id", Long.class, program, now);
  }

  private void rate(long meeting, int rating) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into meeting_feedback (meeting_id, author, due_at, rating, submitted_by, submitted_at, late, missed)"
        + " values (?, 'MENTEE', ?, ?, 'test', ?, false, false)", meeting, now, rating, now);
    sums.meetingsWrittenDirectly(List.of(meeting));
  }

  private long[] ratingsOfSchoolA() {
    return jdbc.queryForObject("select coalesce(sum(ratings), 0), coalesce(sum(total), 0) from satisfaction_month"
        + " where organization_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, schoolA);
  }

  @Test
  void twoRatingsOfOneSchoolWrittenAtOnceAreBothCounted() throws Exception {
    long first = heldMeeting(1);
    long second = heldMeeting(2);
    long[] before = ratingsOfSchoolA();
    CountDownLatch firstRefreshed = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // The first transaction rates and refreshes the school's sums, then stays open a while; the second
      // rates the other meeting and refreshes meanwhile. It must wait for the first and count both ratings:
      // recounting from what it saw before the first committed would lose one.
      Future<?> one = threads.submit(() -> transaction.execute(status -> {
        rate(first, 8);
        firstRefreshed.countDown();
        sleep(1500);
        return null;
      }));
      Future<?> two = threads.submit(() -> {
        await(firstRefreshed);
        return transaction.execute(status -> {
          rate(second, 6);
          return null;
        });
      });
      one.get(30, TimeUnit.SECONDS);
      two.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(ratingsOfSchoolA()).containsExactly(before[0] + 2, before[1] + 14);
  }

  @Test
  void aNewTimeZoneOfTheMunicipalityMovesItsRatingsToItsMonths() {
    long meeting = heldMeeting(3);
    // 1 December, 01:00 in Yekaterinburg; 30 November, 23:00 in Moscow.
    jdbc.update("update program_meeting set held_at = ? where id = ?", Timestamp.from(Instant.parse("2025-11-30T20:00:00Z")), meeting);
    rate(meeting, 9);
    assertThat(monthsOfSchoolA()).contains(Instant.parse("2025-11-30T19:00:00Z"));

    CurrentUser.runAs(ADMIN, () -> transaction.execute(status ->
        organizations.updateMunicipality(ADMIN, municipality, "Город сумм", "Europe/Moscow")));

    assertThat(monthsOfSchoolA()).contains(Instant.parse("2025-10-31T21:00:00Z"))
        .doesNotContain(Instant.parse("2025-11-30T19:00:00Z"));
  }

  private List<Instant> monthsOfSchoolA() {
    return jdbc.queryForList("select month_start from satisfaction_month where organization_id = ?", Timestamp.class, schoolA)
        .stream().map(Timestamp::toInstant).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
