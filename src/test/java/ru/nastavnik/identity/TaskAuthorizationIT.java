package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.request.MentoringRequestRepository;
import ru.nastavnik.request.RequestStatus;

/**
 * With Camunda authorization on, through the REST APIs: the curator of school 1 and the curator
 * of school 2 each see and complete only their own organization's task; nobody gets in
 * anonymously; managers see the process instances of their own municipality only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskAuthorizationIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired MentoringRequestRepository requests;

  private String school1Instance;
  private String school2Instance;

  @BeforeAll
  void menteesOfTwoSchoolsFileRequests() throws Exception {
    school1Instance = fileRequest("mentee1b");
    school2Instance = fileRequest("mentee2b");
  }

  private String fileRequest(String mentee) throws Exception {
    ResponseEntity<String> response = post(mentee, "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of(
            "difficulties", variable("[\"CLASSROOM_DISCIPLINE\",\"WORKING_WITH_PARENTS\"]", "Json"),
            "subject", variable("История", "String"),
            "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(response.getStatusCode()).as(response.getHeaders() + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody()).get("id").asText();
  }

  private List<JsonNode> tasksSeenBy(String login) throws Exception {
    ResponseEntity<String> response = as(login).getForEntity("/engine-rest/task?processDefinitionKey=MentoringRequestProcess", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(response.getBody()).forEach(tasks::add);
    return tasks;
  }

  private String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @Test
  void eachCuratorSeesOnlyTheTaskOfTheirOwnSchool() throws Exception {
    List<JsonNode> seenBy1 = tasksSeenBy("curator1");
    List<JsonNode> seenBy2 = tasksSeenBy("curator2");

    assertThat(seenBy1).extracting(t -> t.get("processInstanceId").asText()).contains(school1Instance).doesNotContain(school2Instance);
    assertThat(seenBy2).extracting(t -> t.get("processInstanceId").asText()).contains(school2Instance).doesNotContain(school1Instance);
    assertThat(seenBy1).filteredOn(t -> t.get("processInstanceId").asText().equals(school1Instance))
        .singleElement().satisfies(t -> assertThat(t.get("name").asText())
            .isEqualTo("Рассмотреть запрос — запрос № " + requestOf(school1Instance) + ": Захаров Илья Андреевич (СОШ № 1)"));
  }

  @Test
  void aCuratorCannotCompleteTheTaskOfAnotherSchool() {
    String foreignTask = taskOf(school2Instance);

    ResponseEntity<String> response = post("curator1", "/engine-rest/task/" + foreignTask + "/complete",
        Map.of("variables", Map.of("decision", variable("ACCEPT", "String"))));

    assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(taskService.createTaskQuery().taskId(foreignTask).count()).isEqualTo(1);
    assertThat(requests.findById(requestOf(school2Instance)).orElseThrow().getStatus()).isEqualTo(RequestStatus.SUBMITTED);
  }

  @Test
  void theCuratorCompletesTheirOwnTaskAndTheRequestIsAccepted() throws Exception {
    String instance = fileRequest("mentee3a");
    String task = taskOf(instance);
    Long request = requestOf(instance);
    assertThat(as("curator3").getForEntity("/engine-rest/task/" + task + "/deployed-form", String.class).getBody())
        .contains("RequestReviewForm");

    ResponseEntity<String> response = post("curator3", "/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of("decision", variable("ACCEPT", "String"))));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(requests.findById(request).orElseThrow().getStatus()).isEqualTo(RequestStatus.ACCEPTED);
    assertThat(requests.findById(request).orElseThrow().getDecidedBy()).isEqualTo("curator3");
  }

  @Test
  void anonymousCallsAreRefused() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/organizations", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/people", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mentor3b", "wrong").getForEntity("/api/organizations", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void managersSeeTheProcessInstancesOfTheirOwnMunicipalityOnly() throws Exception {
    JsonNode khm = JSON.readTree(as("manager").getForEntity("/engine-rest/process-instance", String.class).getBody());
    JsonNode vlg = JSON.readTree(as("manager-vlg").getForEntity("/engine-rest/process-instance", String.class).getBody());

    List<String> khmIds = new ArrayList<>();
    khm.forEach(p -> khmIds.add(p.get("id").asText()));
    List<String> vlgIds = new ArrayList<>();
    vlg.forEach(p -> vlgIds.add(p.get("id").asText()));
    assertThat(khmIds).contains(school1Instance, school2Instance);
    assertThat(vlgIds).doesNotContain(school1Instance, school2Instance);
  }

  @Test
  void aCuratorSeesOnlyTheirOwnOrganizationThroughOurApi() throws Exception {
    JsonNode organizations = JSON.readTree(as("curator1").getForEntity("/api/organizations", String.class).getBody());
    List<String> codes = new ArrayList<>();
    organizations.forEach(o -> codes.add(o.get("code").asText()));
    assertThat(codes).containsExactly("khm-sch1");

    JsonNode all = JSON.readTree(as("coordinator").getForEntity("/api/organizations", String.class).getBody());
    long school2 = 0;
    for (JsonNode o : all) {
      if (o.get("code").asText().equals("khm-sch2")) school2 = o.get("id").asLong();
    }
    ResponseEntity<String> foreignPeople = as("curator1").getForEntity("/api/people?organizationId=" + school2, String.class);
    assertThat(foreignPeople.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreignPeople.getBody()).contains("Нет доступа");
  }

  private Long requestOf(String processInstanceId) {
    return (Long) taskService.getVariable(taskOf(processInstanceId), "requestId");
  }
}
