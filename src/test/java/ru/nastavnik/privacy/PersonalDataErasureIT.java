package ru.nastavnik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonRepository;

/**
 * On PostgreSQL, the whole withdrawal of a personal-data consent: what ran for the person ends
 * with the reason recorded, a mentor's mentee goes back to the search, the person's name, contacts
 * and login disappear from our tables, registries, task names, variables and the notification
 * journal, the curators are told, and the pairs and programs still count — without names.
 */
class PersonalDataErasureIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String FILE_REQUEST = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";
  private static final String FILE_QUESTIONNAIRE = "/engine-rest/process-definition/key/MentorEnrollmentProcess/submit-form";

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired PersonRepository people;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));

  private long schoolId(String code) throws Exception {
    for (JsonNode o : JSON.readTree(as("coordinator").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(code)) return o.get("id").asLong();
    }
    throw new AssertionError(code);
  }

  /** A new teacher of school 3 with a login, the demo password and the personal-data consent. */
  private long newTeacher(String login, String fullName) throws Exception {
    ResponseEntity<String> created = post("curator3", "/api/people", Map.of("organizationId", schoolId("khm-sch3"),
        "fullName", fullName, "experienceYears", 1, "subjects", List.of("Информатика"), "email", login + "@school3.example",
        "login", login, "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(post("curator3", "/api/people/" + id + "/consents", Map.of("kind", "PERSONAL_DATA", "givenBy", fullName,
        "givenByRelation", "SELF")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    accounts.setPassword(login, DEMO_PASSWORD);
    return id;
  }

  /** The teacher fills the mentor questionnaire and the curator puts them into the bank. */
  private long newMentor(String login, String fullName) throws Exception {
    newTeacher(login, fullName);
    Map<String, Object> variables = new HashMap<>();
    variables.put("competencies", variable("[\"ASSESSMENT\",\"DIGITAL_TOOLS\"]", "Json"));
    variables.put("forms", variable("[\"TRADITIONAL\"]", "Json"));
    variables.put("capacity", variable(2, "Long"));
    variables.put("about", variable("Учитель информатики, " + fullName, "String"));
    variables.put("consentPersonalData", variable(true, "Boolean"));
    variables.put("consentMentoringDuties", variable(true, "Boolean"));
    ResponseEntity<String> filed = post(login, FILE_QUESTIONNAIRE, Map.of("variables", variables));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(filed.getBody()).get("id").asText()).singleResult();
    submitOk("curator3", review, vars("decision", "APPROVE", "trainingStatus", "COMPLETED"));
    return jdbc.queryForObject("select m.id from mentor_profile m join person p on p.id = m.person_id where p.login = ?",
        Long.class, login);
  }

  private long fileRequest(String menteeLogin) throws Exception {
    ResponseEntity<String> filed = post("curator3", FILE_REQUEST, Map.of("variables", Map.of(
        "menteeLogin", variable(menteeLogin, "String"),
        "difficulties", variable("[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]", "Json"),
        "otherDifficulty", variable("Боюсь открытых уроков", "String"),
        "subject", variable("информатика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    return (Long) runtimeService.getVariable(JSON.readTree(filed.getBody()).get("id").asText(), "requestId");
  }

  /** Request accepted, mentor chosen, both confirm, the director orders: an active pair. */
  private long activePair(String menteeLogin, String mentorLogin, long mentorProfile) throws Exception {
    long request = fileRequest(menteeLogin);
    Task review = taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess")
        .processVariableValueEquals("requestId", request).singleResult();
    submitOk("curator3", review, vars("decision", "ACCEPT"));
    submitOk("curator3", awaitTask("PairFormationProcess", request, "UserTask_ChooseMentor"),
        vars("mentorProfileId", String.valueOf(mentorProfile)));
    submitOk(mentorLogin, awaitTask("PairFormationProcess", request, "UserTask_MentorConfirms"), vars("accepted", "true"));
    submitOk(menteeLogin, awaitTask("PairFormationProcess", request, "UserTask_MenteeConfirms"), vars("accepted", "true"));
    submitOk("director3", awaitTask("PairFormationProcess", request, "UserTask_IssueOrder"),
        vars("orderNumber", "91-о", "orderDate", today.toString()));
    long pair = jdbc.queryForObject("select id from mentoring_pair where request_id = ? and status = 'ACTIVE'", Long.class, request);
    awaitTask("MentoringProgramProcess", pair, "UserTask_DraftProgram");
    return pair;
  }

  private ResponseEntity<String> withdrawConsent(long personId, String reason) throws Exception {
    JsonNode consents = JSON.readTree(as("curator3").getForEntity("/api/people/" + personId + "/consents", String.class).getBody());
    long consentId = 0;
    for (JsonNode consent : consents) {
      if (consent.get("kind").asText().equals("PERSONAL_DATA") && consent.get("valid").asBoolean()) {
        consentId = consent.get("id").asLong();
      }
    }
    return post("curator3", "/api/people/" + personId + "/consents/" + consentId + "/withdraw", Map.of("reason", reason));
  }

  private void assertNameIsNowhere(String fullName, String login) throws Exception {
    assertThat(jdbc.queryForObject("select count(*) from person where full_name = ?", Integer.class, fullName)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where NAME_ like ?", Integer.class, "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where NAME_ like ?", Integer.class, "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where TEXT_ like ?", Integer.class, "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where TEXT_ like ?", Integer.class, "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from notification where body like ? or subject like ?", Integer.class,
        "%" + fullName + "%", "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from mentoring_program where goals like ? or mentor_report like ?",
        Integer.class, "%" + fullName + "%", "%" + fullName + "%")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where ASSIGNEE_ = ?", Integer.class, login)).isZero();
    assertThat(identityService.createUserQuery().userId(login).count()).isZero();
    for (String registry : List.of("mentors", "mentees", "participants", "programs")) {
      ResponseEntity<byte[]> xlsx = as("curator3").getForEntity("/api/registries/" + registry + ".xlsx?organizationId="
          + schoolId("khm-sch3"), byte[].class);
      assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(cells(xlsx.getBody())).as(registry).noneMatch(text -> text.contains(fullName) || text.contains(login + "@"));
    }
  }

  private static List<String> cells(byte[] xlsx) throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            texts.add(cell.toString());
          }
        }
      }
    }
    return texts;
  }

  @Test
  void aMentorWithdrawsHisConsentHisPairEndsHisMenteeIsSearchedForAgainAndHisNameIsGone() throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String mentorLogin = "erase-mentor-" + n;
    String mentorName = "Стиранов Олег Петрович " + n;
    long mentorProfile = newMentor(mentorLogin, mentorName);
    long mentorId = people.findByLogin(mentorLogin).orElseThrow().getId();
    String menteeLogin = "erase-mentee-" + n;
    newTeacher(menteeLogin, "Оставшаяся Инна Юрьевна " + n);
    long pair = activePair(menteeLogin, mentorLogin, mentorProfile);
    long request = jdbc.queryForObject("select request_id from mentoring_pair where id = ?", Long.class, pair);
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK where NAME_ like ?", Integer.class, "%" + mentorName + "%"))
        .as("the mentor's name is in task names before").isPositive();

    ResponseEntity<String> withdrawn = withdrawConsent(mentorId, "заявление от " + today);

    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair)).isEqualTo("ENDED_EARLY");
    assertThat(jdbc.queryForObject("select end_reason from mentoring_pair where id = ?", String.class, pair))
        .contains("согласие на обработку персональных данных отозвано");
    assertThat(jdbc.queryForObject("select status from mentoring_program where pair_id = ?", String.class, pair)).isEqualTo("ENDED_EARLY");
    assertThat(jdbc.queryForObject("select status from mentor_profile where id = ?", String.class, mentorProfile)).isEqualTo("WITHDRAWN");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MentoringProgramProcess")
        .processInstanceBusinessKey(String.valueOf(pair)).count()).isZero();

    Task choose = awaitTask("PairFormationProcess", request, "UserTask_ChooseMentor");
    JsonNode candidates = JSON.readTree(as("curator3").getForEntity("/api/matching/requests/" + request + "/candidates",
        String.class).getBody());
    candidates.forEach(c -> assertThat(c.get("mentorProfileId").asLong()).isNotEqualTo(mentorProfile));
    assertThat(choose).isNotNull();

    assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, mentorId))
        .isEqualTo("Участник № " + mentorId + " (данные обезличены)");
    assertThat(jdbc.queryForObject("select count(*) from person where id = ? and login is null and email is null", Integer.class,
        mentorId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select about from mentor_profile where id = ?", String.class, mentorProfile)).isNull();
    assertNameIsNowhere(mentorName, mentorLogin);

    JsonNode journal = JSON.readTree(as("demo").getForEntity("/api/people/" + mentorId + "/consents", String.class).getBody());
    assertThat(journal.toString()).contains("обезличено").doesNotContain(mentorName);
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_group = 'curators-khm-sch3'"
        + " and subject = 'Отозвано согласие на обработку персональных данных' and body like ?", Integer.class,
        "%Участник № " + mentorId + " %")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where id = ?", Integer.class, pair))
        .as("the pair still counts").isEqualTo(1);
  }

  @Test
  void aMenteeWithdrawsHerConsentWhileHerRequestIsReviewedAndEverythingOfHersEnds() throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String login = "erase-only-mentee-" + n;
    String fullName = "Ушедшая Ольга Ивановна " + n;
    long menteeId = newTeacher(login, fullName);
    long request = fileRequest(login);
    Task review = taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess")
        .processVariableValueEquals("requestId", request).singleResult();
    String reviewInstance = review.getProcessInstanceId();

    ResponseEntity<String> withdrawn = withdrawConsent(menteeId, "");
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);

    // The curator's review task is gone: her request cannot be accepted and no search starts.
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
    ResponseEntity<String> accept = submit("curator3", review, vars("decision", "ACCEPT"));
    assertThat(accept.getStatusCode().value()).isIn(404, 409);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("PairFormationProcess")
        .processInstanceBusinessKey(String.valueOf(request)).count()).isZero();
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(reviewInstance).singleResult();
    assertThat(ended.getDeleteReason()).isEqualTo("согласие на обработку персональных данных отозвано");
    assertThat(jdbc.queryForObject("select status from mentoring_request where id = ?", String.class, request)).isEqualTo("WITHDRAWN");
    assertThat(jdbc.queryForObject("select other_difficulty from mentoring_request where id = ?", String.class, request)).isNull();
    assertNameIsNowhere(fullName, login);
    assertThat(rest.withBasicAuth(login, DEMO_PASSWORD).getForEntity("/api/people/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyStepThatProcessesAPersonsDataChecksTheConsentAgainAndNamesWhoseIsMissing() throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String login = "recheck-mentee-" + n;
    String fullName = "Проверяемая Нина Сергеевна " + n;
    long menteeId = newTeacher(login, fullName);
    long request = fileRequest(login);
    Task review = taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess")
        .processVariableValueEquals("requestId", request).singleResult();
    // The consent ended without going through the withdrawal (e.g. its paper was found invalid).
    jdbc.update("update consent set withdrawn_at = now() where person_id = ? and kind = 'PERSONAL_DATA'", menteeId);

    submitRefused("curator3", review, vars("decision", "ACCEPT"), "Нет действующего согласия на обработку персональных данных у: " + fullName);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("PairFormationProcess")
        .processInstanceBusinessKey(String.valueOf(request)).count()).isZero();
  }

  @Test
  void theEnginesHistoryKeepsIdsAndDecisionsButNoPersonalText() throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String login = "history-mentee-" + n;
    newTeacher(login, "Историева Анна " + n);
    long request = fileRequest(login);
    Task review = taskService.createTaskQuery().processDefinitionKey("MentoringRequestProcess")
        .processVariableValueEquals("requestId", request).singleResult();
    submitOk("curator3", review, vars("decision", "ACCEPT"));

    List<String> kept = historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .list().stream().map(v -> v.getName()).toList();
    assertThat(kept).contains("requestId", "organizationCode", "decision")
        .doesNotContain("requestSummary", "otherDifficulty", "difficulties", "subject");
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TEXT_ like ?",
        Integer.class, review.getProcessInstanceId(), "%Боюсь открытых уроков%")).isZero();
  }

  @Test
  void deletingAPersonIsTheSameErasureAndOnlyForWhoeverManagesThem() throws Exception {
    int n = SEQUENCE.incrementAndGet();
    String login = "deleted-teacher-" + n;
    String fullName = "Удаляемый Пётр " + n;
    long id = newTeacher(login, fullName);

    ResponseEntity<String> byForeignCurator = as("curator1").exchange("/api/people/" + id, HttpMethod.DELETE, null, String.class);
    assertThat(byForeignCurator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId(login).count()).isEqualTo(1);

    ResponseEntity<String> deleted = as("curator3").exchange("/api/people/" + id + "?reason=уволился", HttpMethod.DELETE, null,
        String.class);
    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.OK);
    assertNameIsNowhere(fullName, login);
  }
}
