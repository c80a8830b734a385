package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.person.PersonRepository;

/** Puts a new teacher's request into the bank of school 2 the way its curator would. */
final class DemoRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntegrationTestSupport test;
  private final TaskService taskService;
  private final PersonRepository people;

  DemoRequests(IntegrationTestSupport test, TaskService taskService, PersonRepository people) {
    this.test = test;
    this.taskService = taskService;
    this.people = people;
  }

  long acceptedRequestOfANewTeacher(String login, String fullName, String difficulties) throws Exception {
    long school = people.findByLogin("curator2").orElseThrow().getOrganization().getId();
    ResponseEntity<String> created = test.post("curator2", "/api/people", Map.of("organizationId", school, "fullName", fullName,
        "experienceYears", 1, "subjects", List.of("История"), "login", login, "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long person = JSON.readTree(created.getBody()).get("id").asLong();
    test.post("curator2", "/api/people/" + person + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", fullName, "givenByRelation", "SELF"));
    Map<String, Object> variables = new HashMap<>();
    variables.put("menteeLogin", IntegrationTestSupport.variable(login, "String"));
    variables.put("difficulties", IntegrationTestSupport.variable(difficulties, "Json"));
    variables.put("subject", IntegrationTestSupport.variable("История", "String"));
    variables.put("desiredForm", IntegrationTestSupport.variable("TRADITIONAL", "String"));
    ResponseEntity<String> filed = test.post("curator2", "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", variables));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String instance = JSON.readTree(filed.getBody()).get("id").asText();
    String review = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    long requestId = (Long) taskService.getVariable(review, "requestId");
    assertThat(test.post("curator2", "/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("decision", IntegrationTestSupport.variable("ACCEPT", "String")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return requestId;
  }

}
