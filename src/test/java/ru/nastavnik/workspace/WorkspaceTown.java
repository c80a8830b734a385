package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.IntegrationTestSupport.variable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
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
 * A municipality of its own for the workspace tests, so that their pairs leave the demo figures
 * alone (as the webapps tests do): department, methodical centre and one school with every role;
 * logins {@code <code>-manager}, {@code -coordinator}, {@code -director}, {@code -curator},
 * {@code -mentor} (approved, trained, two places), {@code -mentee} and {@code -mentee2} (young
 * specialists), password «demo». Pairs are formed through the processes, as a school does.
 */
record WorkspaceTown(String code, long municipalityId, Organization school) {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE_REQUEST = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";

  record Services(OrganizationService organizations, PersonService people, ConsentService consents, Accounts accounts,
      TransactionTemplate transaction, JdbcTemplate jdbc) {}

  static WorkspaceTown create(Services s, String code, String name) {
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
      person(s, school, code + "-mentee2", "Молодцова Елена Игоревна", 2, Role.MENTEE);
      s.jdbc().update("""
          insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
          values (?, ?, 2, 'APPROVED', 'COMPLETED', 'demo', current_timestamp)""", mentor.getId(), school.getId());
      return new WorkspaceTown(code, id, school);
    }));
  }

  String login(String role) {
    return code + "-" + role;
  }

  private static Person person(Services s, Organization organization, String login, String name, int experience, Role role) {
    Person person = s.people().create(ADMIN, new PersonData(organization.getId(), name, "Учитель математики", Set.of("Математика"),
        experience, null, login + "@workspace.test", false, login, EnumSet.of(role)));
    s.consents().record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    s.accounts().setPassword(login, "demo");
    return person;
  }

  /**
   * The mentee's request filed and accepted, the town's mentor chosen and both confirming, the
   * director's order: an active pair (its id), its program waiting for the mentor's draft.
   */
  long formPair(IntegrationTestSupport test, TaskService tasks, HistoryService history, JdbcTemplate jdbc, String mentee) throws Exception {
    String curator = login("curator");
    ResponseEntity<String> filed = test.post(curator, FILE_REQUEST, Map.of("variables", Map.of(
        "menteeLogin", variable(login(mentee), "String"),
        "difficulties", variable("[\"DIGITAL_TOOLS\"]", "Json"),
        "subject", variable("математика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String requestInstance = JSON.readTree(filed.getBody()).get("id").asText();
    complete(test, curator, tasks.createTaskQuery().processInstanceId(requestInstance).singleResult(), "decision", "ACCEPT");
    Long requestId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(requestInstance)
        .variableName("requestId").singleResult().getValue();
    Task choose = await(tasks, "PairFormationProcess", requestId, "UserTask_ChooseMentor");
    Long mentorProfile = jdbc.queryForObject("""
        select m.id from mentor_profile m join person p on p.id = m.person_id where p.login = ?""", Long.class,
        login("mentor"));
    complete(test, curator, choose, "mentorProfileId", String.valueOf(mentorProfile));
    complete(test, login("mentor"), await(tasks, "PairFormationProcess", requestId, "UserTask_MentorConfirms"), "accepted", "true");
    complete(test, login(mentee), await(tasks, "PairFormationProcess", requestId, "UserTask_MenteeConfirms"), "accepted", "true");
    Task order = await(tasks, "PairFormationProcess", requestId, "UserTask_IssueOrder");
    complete(test, login("director"), order, "orderNumber", "12-о", "orderDate", LocalDate.now(ZoneId.of("Asia/Yekaterinburg")).toString());
    long pairId = (Long) history.createHistoricVariableInstanceQuery().variableName("pairId")
        .processInstanceId(order.getProcessInstanceId()).singleResult().getValue();
    await(tasks, "MentoringProgramProcess", pairId, "UserTask_DraftProgram");
    return pairId;
  }

  /** The mentor drafts the program (first meeting on {@code firstMeeting}) and the curator approves it. */
  void approveProgram(IntegrationTestSupport test, TaskService tasks, long pairId, LocalDate firstMeeting) {
    Task draft = await(tasks, "MentoringProgramProcess", pairId, "UserTask_DraftProgram");
    Map<String, Object> program = vars("goals", "Освоить формирующее оценивание", "tasks", "Посетить уроки наставника",
        "plannedResults", "Открытый урок", "durationMonths", 3, "acquaintanceDate", firstMeeting.toString(),
        "trialDate", firstMeeting.plusDays(7).toString(), "planningDate", firstMeeting.plusDays(14).toString(),
        "workingMeetings", firstMeeting.plusDays(21).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
            + " Анализ открытого урока", "finalDate", firstMeeting.plusDays(60).toString());
    ResponseEntity<String> drafted = test.post(login("mentor"), "/engine-rest/task/" + draft.getId() + "/submit-form",
        Map.of("variables", program));
    assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    complete(test, login("curator"), await(tasks, "MentoringProgramProcess", pairId, "UserTask_ReviewProgram"),
        "programDecision", "APPROVE");
  }

  private static void complete(IntegrationTestSupport test, String login, Task task, Object... keysAndValues) {
    ResponseEntity<String> response = test.post(login, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", vars(keysAndValues)));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      variables.put((String) keysAndValues[i], variable(value, value instanceof Integer ? "Integer" : "String"));
    }
    return variables;
  }

  private static Task await(TaskService tasks, String processKey, Object businessKey, String taskKey) {
    return IntegrationTestSupport.eventually("задача " + taskKey, () -> {
      var list = tasks.createTaskQuery().processDefinitionKey(processKey)
          .processInstanceBusinessKey(String.valueOf(businessKey)).taskDefinitionKey(taskKey).list();
      return list.size() == 1 ? list.get(0) : null;
    });
  }
}
