package ru.nastavnik.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.roadmap.OccurrenceStatus;

/**
 * What the «Наставничество» dashboard draws from the demo municipality: a municipal roadmap
 * with three sections whose occurrences are done, in work, planned and overdue (two of them
 * escalated), and two completed pairs of earlier young specialists with the ratings of their
 * meetings.
 *
 * <p>Written as plain table rows: no process instance, task or notification is created, and the
 * demo logins get nothing new — other tests count their tasks, pairs and requests. The mentors of
 * the completed pairs are demo mentors, but a completed pair takes no place of a mentor's
 * capacity; the mentees are people without a login. Dates are relative to the day of loading,
 * and the done occurrences fall in its calendar year, so the figures are:
 * <ul>
 *   <li>section 1 — done 3, open 0, overdue 1; section 2 — done 1, open 2, overdue 1;
 *       section 3 — done 1, open 3, overdue 0;</li>
 *   <li>indicators of the year: 1.1 plan 3 / fact 2 (schools that did it), 1.2 plan 20 / fact 18,
 *       2.1 plan 12 / fact 5, 3.2 plan 3 / fact 1;</li>
 *   <li>satisfaction: СОШ № 1 — 4 ratings, average 9.0; СОШ № 2 — 3 ratings, average 7.0;</li>
 *   <li>overdue: 2.2 (ЦРО, 35 days, 1 escalation), then 1.1 (СОШ № 3, 20 days, 2 escalations).</li>
 * </ul>
 */
@Component
@Profile("demo")
class DemoDashboardData {

  /** Unique section titles, so that tests find the demo's rows among the roadmaps other tests import. */
  static final String SECTION_1 = "Нормативное и организационное обеспечение наставничества (демо)";
  static final String SECTION_2 = "Методическое сопровождение наставников (демо)";
  static final String SECTION_3 = "Мониторинг и оценка результатов наставничества (демо)";

  private final DataSource dataSource;
  private final PersonService people;
  private final ConsentService consents;
  private final ReportingSumsKeeper sums;

  DemoDashboardData(DataSource dataSource, PersonService people, ConsentService consents, ReportingSumsKeeper sums) {
    this.dataSource = dataSource;
    this.people = people;
    this.consents = consents;
    this.sums = sums;
  }

  /** The demo organizations the rows belong to; schools in order СОШ № 1–3, mentors of СОШ № 1 and № 2. */
  record Khm(Municipality municipality, Organization department, Organization centre, List<Organization> schools,
      Long mentorOfSchool1, Long mentorOfSchool2) {}

  void load(Khm khm, Instant now) {
    ZoneId zone = khm.municipality().getTimeZone();
    LocalDate today = LocalDate.ofInstant(now, zone);
    roadmap(khm, today, zone, now);
    completedPair(khm.schools().get(0), khm.mentorOfSchool1(), "Васильева Ольга Петровна", "Учитель математики",
        today.minusDays(500), new int[][] {{9, 10}, {8, 9}}, zone);
    completedPair(khm.schools().get(1), khm.mentorOfSchool2(), "Ершов Максим Олегович", "Учитель истории",
        today.minusDays(120), new int[][] {{7, 8}, {6, 0}}, zone);
  }

  private void roadmap(Khm khm, LocalDate today, ZoneId zone, Instant now) {
    int year = today.getYear();
    LocalDate doneDue = LocalDate.of(year, 1, 20);
    LocalDate overdue20 = today.minusDays(20);
    LocalDate overdue35 = today.minusDays(35);
    LocalDate soon = today.plusDays(20);
    LocalDate later = today.plusDays(120);
    String municipal = khm.municipality().getCode();
    Organization centre = khm.centre();
    List<Organization> schools = khm.schools();

    Long roadmap = insert("roadmap", row(
        "municipality_id", khm.municipality().getId(), "organization_id", khm.department().getId(), "scope", "MUNICIPALITY",
        "title", "Дорожная карта реализации целевой модели наставничества в городе Ханты-Мансийске (демо)",
        "period_start", LocalDate.of(year, 1, 1), "period_end", LocalDate.of(year + 1, 12, 31), "lead_days", 30,
        "status", "ACTIVE", "imported_by", "coordinator", "imported_at", at(now)));
    String[][] sections = {{"1.", SECTION_1}, {"2.", SECTION_2}, {"3.", SECTION_3}};
    for (int i = 0; i < sections.length; i++) {
      insertRow("roadmap_section", row("roadmap_id", roadmap, "sort_order", i, "number", sections[i][0], "title", sections[i][1]));
    }

    Long appoint = item(roadmap, 1, "1.1.", "1.", "Назначение кураторов наставничества в образовательных организациях",
        "Образовательные организации", "ORGANIZATIONS", true, "Приказ о назначении куратора");
    indicator(appoint, year, 3);
    Long base = item(roadmap, 2, "1.2.", "1.", "Формирование базы наставников и наставляемых",
        "МБУ «Центр развития образования»", "METHODICAL_CENTER", false, "Число наставников в базе");
    indicator(base, year, 20);
    Long training = item(roadmap, 3, "2.1.", "2.", "Обучение наставников по дополнительной профессиональной программе",
        "МБУ «Центр развития образования»", "METHODICAL_CENTER", false, "Число обученных наставников");
    indicator(training, year, 12);
    Long seminar = item(roadmap, 4, "2.2.", "2.", "Методический семинар для кураторов наставничества",
        "МБУ «Центр развития образования»", "METHODICAL_CENTER", false, "Материалы семинара");
    Long monitoring = item(roadmap, 5, "3.1.", "3.", "Мониторинг реализации программ наставничества",
        "Департамент образования", "DEPARTMENT", false, "Аналитическая справка");
    Long report = item(roadmap, 6, "3.2.", "3.", "Отчёт образовательной организации о реализации программ наставничества",
        "Образовательные организации", "ORGANIZATIONS", true, "Отчёт");
    indicator(report, year, 3);

    String coordinators = GroupNames.coordinators(municipal);
    String managers = GroupNames.managers(municipal);
    for (int i = 0; i < 2; i++) {
      done(appoint, school(schools.get(i)), doneDue, i == 1, null, zone, "ORDER");
    }
    occurrence(appoint, school(schools.get(2)), overdue20, "OVERDUE", 2, "Приказ на подписи у директора, срок — до конца месяца",
        zone);
    done(base, new Responsible(centre, coordinators, managers), doneDue, false, 18, zone, "REGISTRY");
    done(training, new Responsible(centre, coordinators, managers), doneDue, false, 5, zone, "CERTIFICATE");
    occurrence(training, new Responsible(centre, coordinators, managers), soon, "OPEN", 0, null, zone);
    occurrence(training, new Responsible(centre, coordinators, managers), later, "PLANNED", 0, null, zone);
    occurrence(seminar, new Responsible(centre, coordinators, managers), overdue35, "OVERDUE", 1, null, zone);
    occurrence(monitoring, new Responsible(khm.department(), managers, managers), soon, "OPEN", 0, null, zone);
    done(report, school(schools.get(0)), doneDue, false, null, zone, "REPORT");
    occurrence(report, school(schools.get(1)), soon, "OPEN", 0, null, zone);
    occurrence(report, school(schools.get(2)), soon, "OPEN", 0, null, zone);
  }

  private record Responsible(Organization organization, String group, String escalationGroup) {}

  private static Responsible school(Organization school) {
    return new Responsible(school, GroupNames.curators(school.getCode()), GroupNames.directors(school.getCode()));
  }

  private Long item(Long roadmap, int order, String number, String section, String title, String responsibleText,
      String bodies, boolean fanOut, String expectedResult) {
    return insert("roadmap_item", row("roadmap_id", roadmap, "sort_order", order, "number", number, "section_number", section,
        "title", title, "deadline_text", "в течение года", "deadline_kind", "DATE", "deadline_set_by_reviewer", false,
        "responsible_text", responsibleText, "responsible_bodies", bodies, "responsible_set_by_reviewer", false,
        "fan_out", fanOut, "expected_result", expectedResult, "source_row", order));
  }

  private void indicator(Long item, int year, int target) {
    insertRow("roadmap_item_indicator", row("item_id", item, "indicator_year", year, "target", target));
  }

  private Long occurrence(Long item, Responsible who, LocalDate due, String status, int escalations, String note, ZoneId zone) {
    Map<String, Object> row = row("item_id", item, "organization_id", who.organization().getId(), "kind", "DEADLINE",
        "responsible_group", who.group(), "escalation_group", who.escalationGroup(), "due_date", due,
        "activate_at", at(due.minusDays(30).atStartOfDay(zone).toInstant()), "status", status,
        "escalations", escalations, "escalation_note", note, "late", false);
    if (!status.equals("PLANNED")) {
      row.put("activated_at", at(due.minusDays(30).atStartOfDay(zone).toInstant()));
    }
    if (status.equals("OVERDUE")) {
      row.put("overdue_since", at(due.plusDays(1).atStartOfDay(zone).toInstant()));
    }
    return insert("roadmap_occurrence", row);
  }

  private void done(Long item, Responsible who, LocalDate due, boolean late, Integer value, ZoneId zone, String documentKind) {
    Long id = occurrence(item, who, due, "OPEN", 0, null, zone);
    new JdbcTemplate(dataSource).update("""
        update roadmap_occurrence set status = ?, completed_by = ?, completed_at = ?, late = ?, document_kind = ?,
          document_number = ?, document_date = ?, indicator_value = ? where id = ?""", OccurrenceStatus.DONE.name(),
        who.group().startsWith(GroupNames.CURATORS) ? "curator" + who.organization().getCode().replaceAll("\\D", "") : "coordinator",
        at(due.plusDays(late ? 5 : -2).atStartOfDay(zone).toInstant()), late, documentKind, "демо-" + id,
        due.plusDays(late ? 5 : -2), value, id);
  }

  /**
   * A young specialist (no login) of {@code school} whose accepted request was served by a pair
   * with the demo mentor that completed its program; ratings per meeting are {mentee, mentor},
   * 0 for a feedback not asked for (no row).
   */
  private void completedPair(Organization school, Long mentorProfile, String fullName, String position, LocalDate start,
      int[][] ratings, ZoneId zone) {
    Person mentee = people.create(DemoDataLoader.ADMIN, new PersonData(school.getId(), fullName, position, Set.of(), 2, null, null, false, null,
        Set.of()));
    consents.record(DemoDataLoader.ADMIN, mentee.getId(), ConsentKind.PERSONAL_DATA, fullName, ConsentGiver.SELF, null, "Демо");
    String curator = "curator" + school.getCode().replaceAll("\\D", "");
    Instant filed = start.minusDays(20).atStartOfDay(zone).plusHours(10).toInstant();
    Long request = insert("mentoring_request", row("mentee_id", mentee.getId(), "organization_id", school.getId(),
        "desired_form", "TRADITIONAL", "status", "COMPLETED", "late", false, "filed_by", curator, "filed_at", at(filed),
        "review_overdue", false, "decided_by", curator, "decided_at", at(filed.plus(2, ChronoUnit.DAYS)), "category", "YOUNG_SPECIALIST"));
    insertRow("mentoring_request_difficulty", row("request_id", request, "competency_code", "LESSON_PLANNING"));
    Instant proposed = filed.plus(5, ChronoUnit.DAYS);
    Instant ended = start.plusDays(100).atStartOfDay(zone).plusHours(15).toInstant();
    Long pair = insert("mentoring_pair", row("request_id", request, "mentor_profile_id", mentorProfile,
        "organization_id", school.getId(), "status", "COMPLETED", "score", 80, "explanation", "Демо: завершённая пара",
        "mentor_confirmed_at", at(proposed.plus(1, ChronoUnit.DAYS)), "mentee_confirmed_at", at(proposed.plus(1, ChronoUnit.DAYS)),
        "order_number", "демо-" + request, "order_date", start.minusDays(1), "proposed_by", curator, "proposed_at", at(proposed),
        "activated_at", at(start.minusDays(1).atStartOfDay(zone).plusHours(12).toInstant()), "ended_at", at(ended)));
    Long program = insert("mentoring_program", row("pair_id", pair, "organization_id", school.getId(), "status", "COMPLETED",
        "starts_on", start, "goals", "Адаптация молодого специалиста, планирование уроков", "duration_months", 3,
        "approved_at", at(proposed.plus(10, ChronoUnit.DAYS)), "good_practice", false, "reward_status", "NOT_PROPOSED",
        "created_at", at(proposed.plus(8, ChronoUnit.DAYS)), "completed_at", at(ended)));
    String[] kinds = {"ACQUAINTANCE", "PLANNING"};
    String[] topics = {"Знакомство и ожидания", "План работы на четверть"};
    List<Long> meetings = new ArrayList<>();
    for (int m = 0; m < ratings.length; m++) {
      LocalDate held = start.plusDays(7 + 30L * m);
      Long meeting = insert("program_meeting", row("program_id", program, "seq", m + 1, "kind", kinds[m % kinds.length],
          "topic", topics[m % topics.length], "planned_on", held, "status", "HELD", "held_on", held,
          "held_at", at(held.atStartOfDay(zone).plusHours(14).toInstant())));
      meetings.add(meeting);
      String[] authors = {"MENTEE", "MENTOR"};
      for (int a = 0; a < authors.length; a++) {
        int rating = ratings[m][a];
        if (rating == 0) {
          continue;
        }
        Timestamp submitted = at(held.plusDays(1).atStartOfDay(zone).plusHours(9).toInstant());
        insertRow("meeting_feedback", row("meeting_id", meeting, "author", authors[a],
            "due_at", at(held.plusDays(3).atStartOfDay(zone).toInstant()), "rating", rating,
            "feedback_comment", "Демо-отзыв", "submitted_by", "demo", "submitted_at", submitted, "late", false,
            "missed", false));
      }
    }
    sums.requestsWrittenDirectly(List.of(request));
    sums.meetingsWrittenDirectly(meetings);
  }

  /** A moment for a {@code timestamp with time zone} column (the JDBC drivers take {@link Timestamp} as an instant). */
  private static Timestamp at(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private Long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private void insertRow(String table, Map<String, Object> row) {
    new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new)).execute(row);
  }
}
