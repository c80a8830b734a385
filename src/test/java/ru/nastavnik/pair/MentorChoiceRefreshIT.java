package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonRepository;

/**
 * The curator's «Выбрать наставника» lists the candidates as they are when she opens the form: a
 * mentor approved after the task was created can be chosen.
 */
class MentorChoiceRefreshIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired PersonRepository people;
  @Autowired ru.nastavnik.mentor.MentorProfileRepository profiles;
  @Autowired Accounts accounts;

  /** The candidates' select as Tasklist loads it (form variables, values not deserialized). */
  private List<String> optionsAsOpened(Task task) throws Exception {
    ResponseEntity<String> response = as("curator2").getForEntity("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false",
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<String> values = new ArrayList<>();
    JsonNode value = JSON.readTree(response.getBody()).at("/candidateOptions/value");
    assertThat(value.isMissingNode()).as(response.getBody()).isFalse();
    for (JsonNode option : value.isTextual() ? JSON.readTree(value.asText()) : value) {
      values.add(option.get("value").asText());
    }
    return values;
  }

  @Test
  void aMentorApprovedAfterTheTaskWasCreatedIsOfferedAndCanBeChosen() throws Exception {
    long request = new DemoRequests(this, taskService, people)
        .acceptedRequestOfANewTeacher("refresh-mentee", "Ожидающая Дарья Павловна", "[\"DIGITAL_TOOLS\"]");
    Task choose = awaitTask("PairFormationProcess", request, "UserTask_ChooseMentor");

    long school = people.findByLogin("curator2").orElseThrow().getOrganization().getId();
    ResponseEntity<String> created = post("curator2", "/api/people", Map.of("organizationId", school,
        "fullName", "Новый Наставник Игорь", "experienceYears", 15, "subjects", List.of("История"),
        "login", "refresh-mentor", "roles", List.of("MENTEE")));
    long person = JSON.readTree(created.getBody()).get("id").asLong();
    post("curator2", "/api/people/" + person + "/consents", Map.of("kind", "PERSONAL_DATA", "givenBy", "Новый Наставник Игорь",
        "givenByRelation", "SELF"));
    accounts.setPassword("refresh-mentor", DEMO_PASSWORD);
    Map<String, Object> questionnaire = new HashMap<>();
    questionnaire.put("competencies", variable("[\"DIGITAL_TOOLS\"]", "Json"));
    questionnaire.put("forms", variable("[\"TRADITIONAL\"]", "Json"));
    questionnaire.put("capacity", variable(2, "Long"));
    questionnaire.put("consentPersonalData", variable(true, "Boolean"));
    questionnaire.put("consentMentoringDuties", variable(true, "Boolean"));
    ResponseEntity<String> filed = post("refresh-mentor", "/engine-rest/process-definition/key/MentorEnrollmentProcess/submit-form",
        Map.of("variables", questionnaire));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(filed.getBody()).get("id").asText()).singleResult();
    submitOk("curator2", review, vars("decision", "APPROVE", "trainingStatus", "COMPLETED"));
    String newMentor = String.valueOf(profiles.findByPersonId(person).orElseThrow().getId());

    assertThat(optionsAsOpened(choose)).contains(newMentor);
    submitOk("curator2", choose, vars("mentorProfileId", newMentor));
  }
}
