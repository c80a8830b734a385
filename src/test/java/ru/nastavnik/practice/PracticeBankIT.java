package ru.nastavnik.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.notification.NotificationRepository;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.pair.MentoringPairRepository;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.MentoringProgramProcess;
import ru.nastavnik.program.MentoringProgramRepository;

/**
 * The bank of successful practices end to end on PostgreSQL, through the engine REST as Tasklist
 * uses it: a pair of school 1 runs its program to completion and the curator flags it as a good
 * practice; the practice is proposed to the coordinator, who refuses a rejection without a reason,
 * returns it to the curator, and publishes the revised practice; it then appears in
 * {@code /api/practices} and in the XLSX bank. Proposals stay hidden from another school.
 */
class PracticeBankIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE_REQUEST = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";
  private static final ZoneId KHANTY_MANSIYSK = ZoneId.of("Asia/Yekaterinburg");

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MentoringPairRepository pairs;
  @Autowired MentoringProgramRepository programs;
  @Autowired MentorProfileRepository mentors;
  @Autowired PersonRepository people;
  @Autowired PracticeRepository practices;
  @Autowired NotificationRepository notifications;
  @Autowired Accounts accounts;

  private final LocalDate today = LocalDate.now(KHANTY_MANSIYSK);

  // --- helpers -------------------------------------------------------------------------------

  private Task programTask(long pairId, String taskKey) {
    return taskService.createTaskQuery().processDefinitionKey(MentoringProgramProcess.ID)
        .processInstanceBusinessKey(String.valueOf(pairId)).taskDefinitionKey(taskKey).singleResult();
  }

  private Task practiceTask(long practiceId, String taskKey) {
    return taskService.createTaskQuery().processDefinitionKey(PracticeReviewProcess.ID)
        .processInstanceBusinessKey(String.valueOf(practiceId)).taskDefinitionKey(taskKey).singleResult();
  }

  private String iso(int days) {
    return today.plusDays(days).toString();
  }

  private long schoolId(String login) {
    return people.findByLogin(login).orElseThrow().getOrganization().getId();
  }

  private long municipalityId() {
    return people.findByLogin("manager").orElseThrow().getOrganization().getMunicipality().getId();
  }

  private JsonNode getJson(String login, String url) throws Exception {
    ResponseEntity<String> response = as(login).getForEntity(url, String.class);
    assertThat(response.getStatusCode()).as(url + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static List<List<String>> rows(byte[] xlsx) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
      return rows;
    }
  }

  /** A new teacher of school 1 with a login, the personal-data consent and the demo password. */
  private void newMentee(String login, String fullName) throws Exception {
    ResponseEntity<String> created = post("curator1", "/api/people", Map.of("organizationId", schoolId("curator1"),
        "fullName", fullName, "experienceYears", 1, "subjects", List.of("История"), "login", login,
        "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long personId = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(post("curator1", "/api/people/" + personId + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", fullName, "givenByRelation", "SELF")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    accounts.setPassword(login, DEMO_PASSWORD);
  }

  /** From the request to the director's order in school 1; returns the pair id once its program is being drafted. */
  private long formPair(String menteeLogin, String mentorLogin) throws Exception {
    ResponseEntity<String> filed = post("curator1", FILE_REQUEST, Map.of("variables", Map.of(
        "menteeLogin", variable(menteeLogin, "String"),
        "difficulties", variable("[\"CLASSROOM_DISCIPLINE\"]", "Json"),
        "subject", variable("история", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String requestInstance = JSON.readTree(filed.getBody()).get("id").asText();
    Long requestId = (Long) runtimeService.getVariable(requestInstance, "requestId");
    submitOk("curator1", taskService.createTaskQuery().processInstanceId(requestInstance).singleResult(),
        vars("decision", "ACCEPT"));
    Task choose = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    long mentorProfile = mentors.findByPersonId(people.findByLogin(mentorLogin).orElseThrow().getId()).orElseThrow().getId();
    submitOk("curator1", choose, vars("mentorProfileId", String.valueOf(mentorProfile)));
    submitOk(mentorLogin, awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms"), vars("accepted", "true"));
    submitOk(menteeLogin, awaitTask("PairFormationProcess", requestId, "UserTask_MenteeConfirms"), vars("accepted", "true"));
    Task order = awaitTask("PairFormationProcess", requestId, "UserTask_IssueOrder");
    submitOk("director1", order, vars("orderNumber", "91-о", "orderDate", today.toString()));
    long pairId = (Long) historyService.createHistoricVariableInstanceQuery().variableName("pairId")
        .processInstanceId(order.getProcessInstanceId()).singleResult().getValue();
    assertThat(pairs.findById(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.ACTIVE);
    awaitTask(MentoringProgramProcess.ID, pairId, "UserTask_DraftProgram");
    return pairId;
  }

  /** The whole program with five meetings; the curator rates it a good practice. */
  private void runProgramToCompletion(long pairId, String mentor, String mentee) {
    submitOk(mentor, programTask(pairId, "UserTask_DraftProgram"), vars(
        "goals", "Выстроить дисциплину на уроках истории без повышения голоса",
        "tasks", "Посетить уроки наставника; разработать правила класса; провести открытый урок",
        "plannedResults", "Открытый урок без нарушений дисциплины; рост самооценки",
        "durationMonths", 3, "acquaintanceDate", iso(0), "trialDate", iso(7), "planningDate", iso(14),
        "workingMeetings", today.plusDays(18).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
            + " Правила класса", "finalDate", iso(21)));
    submitOk("curator1", programTask(pairId, "UserTask_ReviewProgram"), vars("programDecision", "APPROVE"));
    submitOk(mentee, programTask(pairId, "UserTask_EntrySurvey"), vars("score_CLASSROOM_DISCIPLINE", 3));
    for (int n = 1; n <= 5; n++) {
      submitOk(mentor, programTask(pairId, "UserTask_HoldMeeting"), vars("meetingOutcome", "HELD", "heldOn", iso(0),
          "meetingNotes", "Встреча " + n + " проведена"));
      submitOk(mentor, programTask(pairId, "UserTask_MentorFeedback"), vars("feedbackRating", 9, "feedbackComment", "Хорошо"));
      submitOk(mentee, programTask(pairId, "UserTask_MenteeFeedback"), vars("feedbackRating", 10, "feedbackComment", "Полезно"));
    }
    submitOk(mentee, programTask(pairId, "UserTask_FinalSurvey"), vars("score_CLASSROOM_DISCIPLINE", 8));
    submitOk(mentee, programTask(pairId, "UserTask_MenteeReport"), vars("reflection", "Стала спокойнее", "report", "Провела открытый урок"));
    submitOk(mentor, programTask(pairId, "UserTask_MentorReport"), vars("reflection", "Научился", "report", "Задачи выполнены"));
    submitOk("curator1", programTask(pairId, "UserTask_AssessProgram"), vars("assessment", "Правила класса работают",
        "assessmentRating", 10, "finalEventKind", "ROUND_TABLE", "finalEventDate", today.toString(),
        "goodPractice", true, "rewardProposed", false));
  }

  // --- the test ------------------------------------------------------------------------------

  @Test
  void aCompletedGoodPracticeIsReviewedPublishedAndListedInTheBank() throws Exception {
    newMentee("practice-mentee", "Лебедева Ольга Сергеевна");
    long pairId = formPair("practice-mentee", "mentor1b");
    runProgramToCompletion(pairId, "mentor1b", "practice-mentee");

    // 1. The completed program is proposed: title and description pre-filled, review by the municipality's coordinators.
    MentoringProgram program = programs.findDetailedByPairId(pairId).orElseThrow();
    assertThat(pairs.findById(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.COMPLETED);
    Practice proposed = practices.findByProgramId(program.getId()).orElseThrow();
    long practiceId = proposed.getId();
    assertThat(proposed.getStatus()).isEqualTo(PracticeStatus.PROPOSED);
    assertThat(proposed.getTitle()).contains("Выстроить дисциплину на уроках истории");
    assertThat(proposed.getDescription()).contains("Открытый урок без нарушений дисциплины")
        .contains("Оценка куратора (10 из 10): Правила класса работают");
    Task review = practiceTask(practiceId, PracticeReviewProcess.TASK_REVIEW);
    assertThat(review).isNotNull();
    assertThat(proposed.getProcessInstanceId()).isEqualTo(review.getProcessInstanceId());
    assertThat(review.getName()).startsWith("Рассмотреть практику для банка успешных практик — практика № " + practiceId);
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("coordinators-khm"));
    assertThat((String) taskService.getVariableLocal(review.getId(), "title")).isEqualTo(proposed.getTitle());
    assertThat((String) taskService.getVariableLocal(review.getId(), "practiceSummary")).contains("Правила класса работают");
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(review.getProcessInstanceId()).list())
        .filteredOn(v -> v.getTaskId() == null).extracting(VariableInstance::getName)
        .containsExactlyInAnyOrder("practiceId", "programId", "organizationCode", "municipalityCode");

    // 2. Proposals: the coordinator and the school's curator see it, another school does not.
    long school1 = schoolId("curator1");
    long municipality = municipalityId();
    assertThat(ids(getJson("coordinator", "/api/practices?municipalityId=" + municipality + "&status=PROPOSED")))
        .contains(practiceId);
    assertThat(getJson("curator1", "/api/practices/" + practiceId).get("status").asText()).isEqualTo("PROPOSED");
    assertThat(ids(getJson("curator2", "/api/practices?municipalityId=" + municipality))).doesNotContain(practiceId);
    assertThat(ids(getJson("mentor2a", "/api/practices?organizationId=" + school1))).doesNotContain(practiceId);
    ResponseEntity<String> hidden = as("curator2").getForEntity("/api/practices/" + practiceId, String.class);
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hidden.getBody()).contains("не опубликована");
    assertThat(as("curator-vlg5").getForEntity("/api/practices?municipalityId=" + municipality, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("curator2").getForEntity("/api/registries/practices.xlsx?organizationId=" + school1 + "&status=PROPOSED",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badStatus = as("coordinator").getForEntity("/api/practices?status=SOMETHING", String.class);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStatus.getBody()).contains("недопустимое значение");

    // 3. Bad input: Russian 400, the task stays open and nothing changes.
    submitRefused("coordinator", review, vars("practiceDecision", "REJECT", "title", proposed.getTitle(),
        "description", proposed.getDescription()), "Укажите причину отклонения практики");
    submitRefused("coordinator", review, vars("practiceDecision", "PUBLISH", "title", "   ",
        "description", proposed.getDescription()), "Укажите название практики");
    submitRefused("coordinator", review, vars("practiceDecision", "PUBLISH", "title", "x".repeat(301),
        "description", proposed.getDescription()), "Не длиннее 300 символов");
    Practice unchanged = practices.findById(practiceId).orElseThrow();
    assertThat(unchanged.getStatus()).isEqualTo(PracticeStatus.PROPOSED);
    assertThat(unchanged.getTitle()).isEqualTo(proposed.getTitle());
    assertThat(unchanged.getReviewedAt()).isNull();
    assertThat(as("curator1").getForEntity("/engine-rest/task/" + review.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    // 4. Returned to the curators, revised, reviewed again.
    submitOk("coordinator", review, vars("practiceDecision", "RETURN", "title", proposed.getTitle(),
        "description", proposed.getDescription(), "reviewComment", "Опишите правила класса подробнее"));
    assertThat(practices.findById(practiceId).orElseThrow().getStatus()).isEqualTo(PracticeStatus.RETURNED);
    Task revise = practiceTask(practiceId, PracticeReviewProcess.TASK_REVISE);
    assertThat(taskService.getIdentityLinksForTask(revise.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("curators-khm-sch1"));
    assertThat((String) taskService.getVariableLocal(revise.getId(), "practiceSummary"))
        .contains("Опишите правила класса подробнее");
    submitRefused("curator1", revise, vars("title", "Правила класса", "description", ""), "Опишите практику");
    submitOk("curator1", revise, vars("title", "Правила класса на уроках истории",
        "description", "Пять правил класса, которые ученики приняли сами; открытый урок без замечаний"));
    Practice revised = practices.findById(practiceId).orElseThrow();
    assertThat(revised.getStatus()).isEqualTo(PracticeStatus.PROPOSED);
    assertThat(revised.getTitle()).isEqualTo("Правила класса на уроках истории");
    assertThat(revised.getRevisedBy()).isEqualTo("curator1");

    // 5. The coordinator edits the title and publishes.
    Task again = practiceTask(practiceId, PracticeReviewProcess.TASK_REVIEW);
    assertThat((String) taskService.getVariableLocal(again.getId(), "title")).isEqualTo("Правила класса на уроках истории");
    submitOk("coordinator", again, vars("practiceDecision", "PUBLISH", "title", "Правила класса: опыт СОШ № 1",
        "description", revised.getDescription()));
    Practice published = practices.findById(practiceId).orElseThrow();
    assertThat(published.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
    assertThat(published.getTitle()).isEqualTo("Правила класса: опыт СОШ № 1");
    assertThat(published.getPublishedAt()).isNotNull();
    assertThat(published.getReviewedBy()).isEqualTo("coordinator");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again.getProcessInstanceId())
        .activityId("EndEvent_PracticePublished").count()).isEqualTo(1);
    assertThat(notifications.findByRecipientGroupOrderByCreatedAtDesc("curators-khm-sch1"))
        .anySatisfy(mail -> assertThat(mail.getSubject()).isEqualTo("Практика опубликована в банке успешных практик"));

    // 6. The published bank: open to everyone of the municipality, names only to those who may see the school's people.
    JsonNode bank = getJson("mentor2a", "/api/practices/published?municipalityId=" + municipality);
    assertThat(ids(bank)).contains(practiceId);
    JsonNode forMentor = getJson("mentor2a", "/api/practices/" + practiceId);
    assertThat(forMentor.get("title").asText()).isEqualTo("Правила класса: опыт СОШ № 1");
    assertThat(forMentor.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(forMentor.has("mentorName")).isFalse();
    assertThat(forMentor.has("reviewComment")).isFalse();
    String mentorName = people.findByLogin("mentor1b").orElseThrow().getFullName();
    assertThat(getJson("coordinator", "/api/practices/" + practiceId).get("mentorName").asText()).isEqualTo(mentorName);
    assertThat(ids(getJson("curator2", "/api/practices?municipalityId=" + municipality + "&status=PUBLISHED")))
        .contains(practiceId);

    // 7. The XLSX bank, opened with Apache POI.
    ResponseEntity<byte[]> xlsx = as("coordinator").getForEntity("/api/registries/practices.xlsx?municipalityId="
        + municipality, byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<List<String>> rows = rows(xlsx.getBody());
    assertThat(rows.get(0).get(0)).isEqualTo("Банк успешных практик наставничества: Город Ханты-Мансийск");
    assertThat(rows.get(2)).containsExactly("№", "Организация", "Название практики", "Описание", "Наставник",
        "Наставляемый", "Дата публикации", "Статус");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("СОШ № 1", "Правила класса: опыт СОШ № 1",
        mentorName, "Лебедева Ольга Сергеевна", "Опубликована в банке успешных практик"));
    ResponseEntity<byte[]> forManager = as("manager").getForEntity("/api/registries/practices.xlsx?municipalityId="
        + municipality, byte[].class);
    List<List<String>> managerRows = rows(forManager.getBody());
    assertThat(managerRows.get(2)).containsExactly("№", "Организация", "Название практики", "Описание", "Дата публикации",
        "Статус");
    assertThat(managerRows).anySatisfy(row -> assertThat(row).contains("Правила класса: опыт СОШ № 1"));
    assertThat(managerRows).noneSatisfy(row -> assertThat(row).contains(mentorName));
    List<List<String>> proposals = rows(as("coordinator").getForEntity("/api/registries/practices.xlsx?municipalityId="
        + municipality + "&status=PROPOSED", byte[].class).getBody());
    assertThat(proposals).noneSatisfy(row -> assertThat(row).contains("Правила класса: опыт СОШ № 1"));
  }
}
