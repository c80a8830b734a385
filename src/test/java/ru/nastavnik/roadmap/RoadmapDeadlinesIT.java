package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.calendar.ProductionCalendar;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.notification.Notification;
import ru.nastavnik.notification.NotificationRepository;
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
 * The deadline rules on a municipality of its own (Khanty-Mansiysk time): the escalation letter
 * and the dashboard count the same days overdue; a department's item escalates to the head of the
 * department (the administrator when there is none); measures are signed with the director's
 * name; the period's summary lists what is left undone and links to Cockpit's page; reminders
 * come on working days with distinct subjects and the last one moves the task's follow-up date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadmapDeadlinesIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final Pattern DAYS_LATE = Pattern.compile("дней просрочки: (\\d+)");

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired RoadmapExecutionService service;
  @Autowired RoadmapNotices notices;
  @Autowired NotificationRepository journal;
  @Autowired TransactionTemplate transaction;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DataSource dataSource;
  @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private final ProductionCalendar calendar = ProductionCalendar.standard();
  private long municipalityId;
  private long department;
  private long school;

  @BeforeAll
  void aMunicipalityWithADepartmentAndASchool() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "ddl-test", "Область сроков");
      Municipality municipality = organizations.createMunicipality(ADMIN, region.getId(), "ddl", "Город сроков", KHM.getId());
      municipalityId = municipality.getId();
      Organization dept = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.DEPARTMENT, "ddl-do",
          "Управление образования города сроков", "Управление образования", null);
      Organization sch = organizations.createOrganization(ADMIN, municipalityId, OrganizationKind.SCHOOL, "ddl-sch",
          "Школа сроков", "Школа сроков", null);
      department = dept.getId();
      school = sch.getId();
      person(dept, "ddl-manager", "Управленцева Ольга Сергеевна", Role.MANAGER);
      person(sch, "ddl-director", "Директорова Дарья Петровна", Role.DIRECTOR);
      person(sch, "ddl-curator", "Кураторова Кира Андреевна", Role.CURATOR);
      return null;
    }));
  }

  private void person(Organization organization, String login, String name, Role role) {
    var person = people.create(ADMIN, new PersonData(organization.getId(), name, null, Set.of(), 15, null, login + "@ddl.test",
        false, login, EnumSet.of(role)));
    consents.record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    accounts.setPassword(login, DEMO_PASSWORD);
  }

  // ------------------------------------------------------------------ data

  private Long insert(String table, Map<String, Object> row) {
    return new SimpleJdbcInsert(dataSource).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
        .usingGeneratedKeyColumns("id").executeAndReturnKey(row).longValue();
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private Long roadmap(String title, LocalDate periodStart, LocalDate periodEnd) {
    return insert("roadmap", row("municipality_id", municipalityId, "organization_id", department, "scope", "MUNICIPALITY",
        "title", title, "period_start", periodStart, "period_end", periodEnd, "lead_days", 30, "status", "ACTIVE",
        "imported_by", "demo", "imported_at", Timestamp.from(Instant.now())));
  }

  private Long item(Long roadmap, int order, String number, String title) {
    return insert("roadmap_item", row("roadmap_id", roadmap, "sort_order", order, "number", number, "title", title,
        "deadline_kind", "DATE", "deadline_set_by_reviewer", false, "responsible_text", "Школа сроков",
        "responsible_bodies", "ORGANIZATIONS", "responsible_set_by_reviewer", false, "fan_out", false,
        "source_row", order + 1));
  }

  private Long occurrence(Long item, long organization, String group, String escalationGroup, LocalDate due, String status,
      int escalations) {
    return insert("roadmap_occurrence", row("item_id", item, "organization_id", organization, "kind", "DEADLINE",
        "responsible_group", group, "escalation_group", escalationGroup, "due_date", due,
        "activate_at", Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), "status", status,
        "escalations", escalations, "late", false));
  }

  /** A working day at least {@code daysBack} days before today in Khanty-Mansiysk. */
  private LocalDate workingDayBefore(int daysBack) {
    LocalDate day = LocalDate.now(KHM).minusDays(daysBack);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The group's letters, newest first. */
  private List<Notification> letters(String group) {
    return journal.findByRecipientGroupOrderByCreatedAtDesc(group).stream()
        .sorted(java.util.Comparator.comparing(Notification::getId).reversed()).toList();
  }

  private long count(String group, String subjectStart) {
    return letters(group).stream().filter(n -> n.getSubject().startsWith(subjectStart)).count();
  }

  private Notification letter(String group, String subjectStart) {
    return letters(group).stream().filter(n -> n.getSubject().startsWith(subjectStart)).findFirst()
        .orElseThrow(() -> new AssertionError("Нет письма «" + subjectStart + "» для " + group));
  }

  private static long daysLate(Notification letter) {
    Matcher matcher = DAYS_LATE.matcher(letter.getBody());
    assertThat(matcher.find()).as(letter.getBody()).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private JsonNode overdueRow(String itemNumber) throws Exception {
    ResponseEntity<String> response = as("ddl-manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId,
        String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    for (JsonNode row : JSON.readTree(response.getBody()).get("overdue")) {
      if (itemNumber.equals(row.get("itemNumber").asText())) {
        return row;
      }
    }
    throw new AssertionError("Нет просроченного мероприятия " + itemNumber + " на панели");
  }

  // ------------------------------------------------------------------ tests

  @Test
  void theEscalationLetterAndTheDashboardCountTheSameCalendarDaysOverdue() throws Exception {
    Long roadmap = roadmap("Дорожная карта: дни просрочки", LocalDate.now(KHM).minusYears(1), LocalDate.now(KHM).plusYears(1));
    LocalDate recent = workingDayBefore(3);
    LocalDate older = workingDayBefore(14);
    Long recentItem = item(roadmap, 1, "1.1.", "Приказ о наставничестве");
    Long olderItem = item(roadmap, 2, "1.2.", "Положение о наставничестве");
    Long recentOccurrence = occurrence(recentItem, school, "curators-ddl-sch", "directors-ddl-sch", recent, "OVERDUE", 0);
    Long olderOccurrence = occurrence(olderItem, school, "curators-ddl-sch", "directors-ddl-sch", older, "OVERDUE", 0);

    notices.escalate(recentOccurrence, Instant.now());
    notices.escalate(olderOccurrence, Instant.now());
    JsonNode recentRow = overdueRow("1.1.");
    JsonNode olderRow = overdueRow("1.2.");

    LocalDate today = LocalDate.now(KHM);
    Notification recentEscalation = eventually("исход письма в журнале", () -> {
      Notification letter = letter("directors-ddl-sch", "Просрочено мероприятие дорожной карты: 1.1.");
      return Notification.QUEUED.equals(letter.getStatus()) ? null : letter;
    });
    assertThat(recentEscalation.getStatus()).as("sent after the commit, the journal says how it went")
        .isIn(Notification.SENT, Notification.FAILED);
    long recentLetter = daysLate(recentEscalation);
    long olderLetter = daysLate(letter("directors-ddl-sch", "Просрочено мероприятие дорожной карты: 1.2."));
    assertThat(recentLetter).isEqualTo(recentRow.get("daysOverdue").asLong()).isEqualTo(ChronoUnit.DAYS.between(recent, today));
    assertThat(olderLetter).isEqualTo(olderRow.get("daysOverdue").asLong()).isEqualTo(ChronoUnit.DAYS.between(older, today));
    assertThat(recentRow.get("deadlineDate").asText()).isEqualTo(recent.toString());
  }

  @Test
  void aDepartmentsItemEscalatesToTheHeadOfTheDepartmentOrWithoutOneToTheAdministrator() {
    Long roadmap = roadmap("Дорожная карта: управление", LocalDate.now(KHM).minusYears(1), LocalDate.now(KHM).plusYears(1));
    Long own = item(roadmap, 1, "4.1.", "Утвердить муниципальную программу");
    Long occurrence = occurrence(own, department, "managers-ddl", "directors-ddl-do", workingDayBefore(2), "OVERDUE", 0);
    String subject = "Просрочено мероприятие дорожной карты: 4.1. Утвердить муниципальную программу — Управление образования";

    notices.escalate(occurrence, Instant.now());

    Notification unheaded = letter("directors-ddl-do", "Просрочено мероприятие дорожной карты: 4.1.");
    assertThat(unheaded.getStatus()).isEqualTo(Notification.NO_RECIPIENTS);
    assertThat(letters("managers-ddl")).as("the department is not escalated to itself")
        .noneMatch(n -> n.getSubject().startsWith("Просрочено мероприятие дорожной карты: 4.1."));
    assertThat(count(CurrentUser.ADMIN_GROUP, subject)).isEqualTo(1);
    assertThat(letter(CurrentUser.ADMIN_GROUP, subject).getBody())
        .contains("никому не назначена роль «Руководитель организации»").contains("directors-ddl-do");

    // The head of the department is appointed: the next week's escalation reaches them, the administrator is left alone.
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      person(organizations.organization(ADMIN, department), "ddl-head", "Начальникова Нина Львовна", Role.DIRECTOR);
      return null;
    }));
    notices.escalate(occurrence, Instant.now());

    assertThat(letter("directors-ddl-do", subject).getRecipients()).isEqualTo("ddl-head@ddl.test");
    assertThat(count("directors-ddl-do", subject)).isEqualTo(2);
    assertThat(count(CurrentUser.ADMIN_GROUP, subject)).as("the administrator is not told again").isEqualTo(1);
  }

  @Test
  void measuresAreSignedWithTheDirectorsNameAndTheClosedPeriodListsWhatIsLeftUndone() throws Exception {
    Long roadmap = roadmap("Дорожная карта: итоги периода", LocalDate.now(KHM).minusYears(1), LocalDate.now(KHM).minusDays(1));
    Long done = item(roadmap, 1, "2.1.", "Назначить куратора");
    Long late = item(roadmap, 2, "2.2.", "Провести семинар наставников");
    Long open = item(roadmap, 3, "2.3.", "Обновить раздел сайта");
    occurrence(done, school, "curators-ddl-sch", "directors-ddl-sch", workingDayBefore(40), "DONE", 0);
    Long overdue = occurrence(late, school, "curators-ddl-sch", "directors-ddl-sch", workingDayBefore(20), "OVERDUE", 2);
    occurrence(open, school, "curators-ddl-sch", "directors-ddl-sch", LocalDate.now(KHM).plusDays(5), "OPEN", 0);

    service.recordMeasures(overdue, "Куратору поручено провести семинар до конца месяца", "ddl-director");

    JsonNode row = overdueRow("2.2.");
    assertThat(row.get("escalationNote").asText())
        .isEqualTo("Директорова Дарья Петровна: Куратору поручено провести семинар до конца месяца");
    assertThat(row.get("escalationPeople")).extracting(JsonNode::asText).containsExactly("Директорова Дарья Петровна");

    service.close(roadmap, Instant.now());

    String summary = letter("managers-ddl", "Завершён период дорожной карты: Дорожная карта: итоги периода").getBody();
    assertThat(summary).contains("Не исполнено к окончанию периода: 2")
        .contains("2.2. Провести семинар наставников — Школа сроков")
        .contains("Директорова Дарья Петровна: Куратору поручено")
        .contains("2.3. Обновить раздел сайта — Школа сроков")
        .doesNotContain("2.1. Назначить куратора")
        .contains("/camunda/app/cockpit/default/#/nastavnik")
        .doesNotContain("/api/roadmaps");
    assertThat(summary).doesNotContain("ddl-director");
    int escalations = letters("directors-ddl-sch").size();
    assertThat(notices.escalate(overdue, Instant.now())).as("a closed roadmap escalates no more").isFalse();
    assertThat(letters("directors-ddl-sch")).hasSize(escalations);
  }

  @Test
  void theJobExecutorTakesTheEscalationsOfPassedDeadlinesBeforeOtherJobs() {
    // RoadmapItemProcess gives its deadline timers and letters a priority; it only counts when acquisition honours it.
    assertThat(engineConfiguration.isJobExecutorAcquireByPriority()).isTrue();
    assertThat(RoadmapItemProcess.ESCALATION_JOB_PRIORITY).isGreaterThan(org.camunda.bpm.engine.impl.DefaultPriorityProvider.DEFAULT_PRIORITY);
  }

  @Test
  void remindersComeOnWorkingDaysWithTheirOwnSubjectsAndTheLastOneMovesTheFollowUpDate() {
    Long roadmap = roadmap("Дорожная карта: напоминания", LocalDate.now(KHM).minusMonths(1), LocalDate.of(2027, 12, 31));
    Long item = item(roadmap, 1, "3.1.", "Провести педагогический совет");
    LocalDate due = LocalDate.of(2027, 3, 15);
    occurrence(item, school, "curators-ddl-sch", "directors-ddl-sch", due, "PLANNED", 0);

    RoadmapExecutionService.OccurrenceStart start = transaction.execute(status ->
        service.activateRelevant(roadmap, Instant.now(), 10).get(0));

    // 7 days before Monday 15.03.2027 is 08.03, a holiday: Friday 05.03 at 9:00; 1 day before is Sunday: Friday 12.03.
    RoadmapExecutionService.Timeline timeline = start.timeline();
    assertThat(timeline.firstReminderAt()).isEqualTo(OffsetDateTime.of(2027, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant());
    assertThat(timeline.lastReminderAt()).isEqualTo(OffsetDateTime.of(2027, 3, 12, 9, 0, 0, 0, ZoneOffset.ofHours(5)).toInstant());
    assertThat(timeline.dueAt()).isEqualTo(due.atTime(23, 59, 59, 999_999_999).atZone(KHM).toInstant());

    VariableMap variables = Variables.createVariables()
        .putValue(RoadmapItemProcess.OCCURRENCE_ID.name(), start.occurrenceId())
        .putValue(RoadmapItemProcess.ROADMAP_ID.name(), roadmap)
        .putValue(RoadmapItemProcess.ORGANIZATION_CODE.name(), start.organizationCode())
        .putValue(RoadmapItemProcess.RESPONSIBLE_GROUP.name(), start.responsibleGroup())
        .putValue(RoadmapItemProcess.ESCALATION_GROUP.name(), start.escalationGroup())
        .putValue(RoadmapItemProcess.DATE_KNOWN.name(), true);
    RoadmapItemTimeline.put(variables, timeline);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(RoadmapItemProcess.ID,
        String.valueOf(start.occurrenceId()), variables);
    try {
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getFollowUpDate()).isEqualTo(Date.from(timeline.firstReminderAt()));

      managementService.executeJob(job(instance, "BoundaryEvent_WeekBefore"));
      awaitAsyncSteps(instance.getId());
      managementService.executeJob(job(instance, "BoundaryEvent_DayBefore"));
      awaitAsyncSteps(instance.getId());

      long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(KHM), due);
      Notification first = letter("curators-ddl-sch", "Напоминание: приближается срок мероприятия (15.03.2027): 3.1.");
      Notification last = letter("curators-ddl-sch", "Последнее напоминание: срок мероприятия истекает 15.03.2027: 3.1.");
      // «остался 1 день», «осталось 3 дня», «осталось 7 дней» (the forms themselves: WorkingDaysTest).
      assertThat(first.getBody()).matches("(?s)До срока мероприятия дорожной карты остал(ся|ось) " + daysLeft
          + " (день|дня|дней): срок — 15\\.03\\.2027 включительно.*");
      assertThat(last.getBody()).contains("Это последнее напоминание").contains("/camunda/app/tasklist/default/");
      assertThat(first.getBody()).doesNotContain("Это последнее напоминание").doesNotContain("осталось дней");
      assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate())
          .isEqualTo(Date.from(timeline.lastReminderAt()));
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "тест завершён");
    }
  }

  private String job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getId();
  }

  @Test
  void anOnDemandItemWithoutADateRemindsTheResponsibleThenTellsTheDirectorWeeklyUntilTheDateIsSet() {
    Long roadmap = roadmap("Дорожная карта: срок по мере необходимости", LocalDate.now(KHM).minusMonths(1),
        LocalDate.now(KHM).plusMonths(6));
    Long item = item(roadmap, 1, "5.1.", "Провести открытый урок");
    Long occurrence = insert("roadmap_occurrence", row("item_id", item, "organization_id", school, "kind", "ON_DEMAND",
        "responsible_group", "curators-ddl-sch", "escalation_group", "directors-ddl-sch",
        "activate_at", Timestamp.from(Instant.now().minus(15, ChronoUnit.DAYS)),
        "activated_at", Timestamp.from(Instant.now().minus(15, ChronoUnit.DAYS)), "status", "AWAITING_DATE",
        "escalations", 0, "late", false));

    assertThat((boolean) transaction.execute(status -> notices.remindToSetDate(occurrence, Instant.now()))).isTrue();
    Notification reminder = letter("curators-ddl-sch", "Напоминание: назначьте срок мероприятия: 5.1. Провести открытый урок");
    assertThat(reminder.getBody()).contains("не назначен уже 15 дней").contains("«Назначить срок: 5.1.");

    assertThat((boolean) transaction.execute(status -> notices.escalateUnscheduled(occurrence, Instant.now()))).isTrue();
    Notification notice = letter("directors-ddl-sch", "Не назначен срок мероприятия дорожной карты: 5.1.");
    assertThat(notice.getBody()).contains("уведомление № 1").contains("Провести открытый урок");
    assertThat(jdbc.queryForObject("select escalations from roadmap_occurrence where id = ?", Integer.class, occurrence))
        .isEqualTo(1);

    // The date is set: no more letters.
    jdbc.update("update roadmap_occurrence set status = 'PLANNED', due_date = ? where id = ?", LocalDate.now(KHM).plusDays(40),
        occurrence);
    long before = count("directors-ddl-sch", "Не назначен срок мероприятия");
    assertThat((boolean) transaction.execute(status -> notices.escalateUnscheduled(occurrence, Instant.now()))).isFalse();
    assertThat((boolean) transaction.execute(status -> notices.remindToSetDate(occurrence, Instant.now()))).isFalse();
    assertThat(count("directors-ddl-sch", "Не назначен срок мероприятия")).isEqualTo(before);
  }
}
