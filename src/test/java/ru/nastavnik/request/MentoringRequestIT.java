package ru.nastavnik.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.PersonRepository;

/**
 * Filing and reviewing requests through the engine REST as Tasklist does: without consent
 * nothing is stored, bad input keeps the task open with a Russian message.
 */
class MentoringRequestIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBMIT = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MentoringRequestRepository requests;
  @Autowired PersonRepository people;

  private long schoolId(String code) throws Exception {
    for (JsonNode o : JSON.readTree(as("curator1").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(code)) return o.get("id").asLong();
    }
    throw new AssertionError(code);
  }

  private static Map<String, Object> request(String menteeLogin, String difficulties, String otherDifficulty) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("difficulties", variable(difficulties, "Json"));
    variables.put("desiredForm", variable("TRADITIONAL", "String"));
    if (menteeLogin != null) variables.put("menteeLogin", variable(menteeLogin, "String"));
    if (otherDifficulty != null) variables.put("otherDifficulty", variable(otherDifficulty, "String"));
    return Map.of("variables", variables);
  }

  @Test
  void withoutPersonalDataConsentNothingIsStoredAndTheCuratorIsToldWhy() throws Exception {
    ResponseEntity<String> created = post("curator1", "/api/people", Map.of("organizationId", schoolId("khm-sch1"),
        "fullName", "Белкин Олег Ильич", "experienceYears", 0, "login", "belkin", "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long personId = JSON.readTree(created.getBody()).get("id").asLong();
    long requestsBefore = requests.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("MentoringRequestProcess").count();

    ResponseEntity<String> refused = post("curator1", SUBMIT, request("belkin", "[\"ASSESSMENT\"]", null));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(refused.getBody()).get("message").asText())
        .contains("Нет действующего согласия на обработку персональных данных").contains("Белкин Олег Ильич");
    assertThat(requests.count()).isEqualTo(requestsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MentoringRequestProcess").count())
        .isEqualTo(instancesBefore);

    assertThat(post("curator1", "/api/people/" + personId + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", "Белкин Олег Ильич", "givenByRelation", "SELF")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> accepted = post("curator1", SUBMIT, request("belkin", "[\"ASSESSMENT\"]", null));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    MentoringRequest stored = requests.findByMenteeIdAndStatusIn(personId, List.of(RequestStatus.SUBMITTED)).get(0);
    assertThat(stored.getFiledBy()).isEqualTo("curator1");
    assertThat(stored.getDifficulties()).containsExactly("ASSESSMENT");
  }

  @Test
  void aCuratorOfAnotherSchoolCannotFileOnBehalfOfATeacher() {
    ResponseEntity<String> refused = post("curator2", SUBMIT, request("mentee1a", "[\"ASSESSMENT\"]", null));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("только куратор его организации");
  }

  @Test
  void aRequestWithoutAnyDifficultyIsRefused() throws Exception {
    ResponseEntity<String> refused = post("mentee3b", SUBMIT, request(null, "[]", "  "));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(refused.getBody()).get("message").asText())
        .endsWith("Отметьте хотя бы одно профессиональное затруднение или опишите его своими словами");
  }

  @Test
  void returningWithoutACommentKeepsTheReviewOpenThenTheMenteeCorrectsTheRequest() throws Exception {
    ResponseEntity<String> filed = post("mentee2a", SUBMIT, request(null, "[\"DIGITAL_TOOLS\"]", null));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String instance = JSON.readTree(filed.getBody()).get("id").asText();
    String review = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    Long requestId = (Long) runtimeService.getVariable(instance, "requestId");
    assertThat(runtimeService.getVariables(instance)).containsOnlyKeys("initiator", "requestId", "organizationCode",
        "menteeLogin", "late");

    ResponseEntity<String> noComment = post("curator2", "/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("decision", variable("CLARIFY", "String"))));
    assertThat(noComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noComment.getBody()).contains("Напишите, что нужно уточнить в запросе");
    assertThat(taskService.createTaskQuery().taskId(review).count()).isEqualTo(1);
    assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);

    ResponseEntity<String> returned = post("curator2", "/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("decision", variable("CLARIFY", "String"),
            "curatorComment", variable("Укажите предмет", "String"))));
    assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    var clarify = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(clarify.getAssignee()).isEqualTo("mentee2a");
    assertThat((String) taskService.getVariableLocal(clarify.getId(), "requestSummary")).contains("Укажите предмет");

    // Tasklist submits task forms with submit-form (not complete): the pre-filled fields must survive it.
    ResponseEntity<String> corrected = post("mentee2a", "/engine-rest/task/" + clarify.getId() + "/submit-form",
        Map.of("variables", Map.of("difficulties", variable("[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]", "Json"),
            "subject", variable("Информатика", "String"), "desiredForm", variable("VIRTUAL", "String"))));
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    MentoringRequest request = requests.findById(requestId).orElseThrow();
    assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(request.getSubject()).isEqualTo("Информатика");
    assertThat(request.getDesiredForm()).isEqualTo(MentoringForm.VIRTUAL);
    assertThat(request.getDifficulties()).containsExactlyInAnyOrder("DIGITAL_TOOLS", "ASSESSMENT");
  }

  @Test
  void aCampaignClosingDateDecidesWhetherARequestIsLate() throws Exception {
    long school = schoolId("khm-sch1");
    int academicYear = java.time.LocalDate.now().getMonthValue() >= 9 ? java.time.LocalDate.now().getYear()
        : java.time.LocalDate.now().getYear() - 1;
    ResponseEntity<String> outside = as("curator1").exchange("/api/organizations/" + school + "/request-campaigns/" + academicYear,
        org.springframework.http.HttpMethod.PUT, json(Map.of("closesOn", (academicYear + 2) + "-01-10")), String.class);
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody()).contains("учебный год");
    ResponseEntity<String> set = as("curator1").exchange("/api/organizations/" + school + "/request-campaigns/" + academicYear,
        org.springframework.http.HttpMethod.PUT, json(Map.of("closesOn", (academicYear + 1) + "-08-31")), String.class);
    assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(as("curator2").exchange("/api/organizations/" + school + "/request-campaigns/" + academicYear,
        org.springframework.http.HttpMethod.PUT, json(Map.of("closesOn", (academicYear + 1) + "-08-31")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> filed = post("mentee1b", SUBMIT, Map.of("variables", Map.of(
        "difficulties", variable("[\"ADAPTATION\"]", "Json"), "desiredForm", variable("TRADITIONAL", "String"),
        "category", variable("YOUNG_SPECIALIST", "String"))));
    // mentee1b may already have an open request from another test class: then the refusal names it.
    if (filed.getStatusCode() == HttpStatus.OK) {
      JsonNode list = JSON.readTree(as("curator1").getForEntity("/api/organizations/" + school + "/requests", String.class).getBody());
      JsonNode mine = null;
      for (JsonNode r : list) {
        if (r.get("menteeName").asText().equals("Захаров Илья Андреевич") && r.get("status").asText().equals("SUBMITTED")) mine = r;
      }
      assertThat(mine).isNotNull();
      assertThat(mine.get("late").asBoolean()).isFalse();
    } else {
      assertThat(filed.getBody()).contains("уже есть запрос");
    }
  }

  @Test
  void aYoungSpecialistCategoryNeedsAtMostThreeYearsOfExperience() {
    ResponseEntity<String> refused = post("curator1", SUBMIT, Map.of("variables", Map.of("menteeLogin", variable("mentor1b", "String"),
        "difficulties", variable("[\"ADAPTATION\"]", "Json"), "desiredForm", variable("TRADITIONAL", "String"),
        "category", variable("YOUNG_SPECIALIST", "String"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Молодой специалист — педагог со стажем не более 3 лет, а у участника стаж 15");
  }
}
