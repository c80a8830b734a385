package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.person.PersonRepository;

/**
 * From a mentee's request to a pair fixed by the director's order, through the engine REST as
 * Tasklist uses it, with the real matching on the demo bank of mentors.
 */
class PairFormationIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MentoringPairRepository pairs;
  @Autowired MentorProfileRepository mentors;
  @Autowired PersonRepository people;

  private Task awaitTask(String businessKey, String taskKey) {
    return awaitTask("PairFormationProcess", businessKey, taskKey);
  }

  private ResponseEntity<String> complete(String login, Task task, Map<String, Object> variables) {
    return post(login, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables));
  }

  @Test
  void anAcceptedRequestEndsAsAPairFixedByTheDirectorsOrder() throws Exception {
    ResponseEntity<String> filed = post("mentee1a", "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of("difficulties", variable("[\"ASSESSMENT\",\"DIGITAL_TOOLS\"]", "Json"),
            "subject", variable("математика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String requestInstance = JSON.readTree(filed.getBody()).get("id").asText();
    Long requestId = (Long) runtimeService.getVariable(requestInstance, "requestId");
    Task review = taskService.createTaskQuery().processInstanceId(requestInstance).singleResult();
    assertThat(complete("curator1", review, Map.of("decision", variable("ACCEPT", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task choose = awaitTask(String.valueOf(requestId), "UserTask_ChooseMentor");
    String candidates = (String) taskService.getVariableLocal(choose.getId(), "candidatesSummary");
    assertThat(candidates).contains("1. **Волкова Наталья Ивановна** (СОШ № 1)").contains("совпадение компетенций 2 из 2")
        .contains("тот же предмет");
    SpinJsonNode options = (SpinJsonNode) taskService.getVariableLocal(choose.getId(), "candidateOptions");
    long mentorProfile = mentors.findByPersonId(people.findByLogin("mentor1a").orElseThrow().getId()).orElseThrow().getId();
    assertThat(options.elements().get(0).prop("value").stringValue()).isEqualTo(String.valueOf(mentorProfile));
    assertThat(options.elements().get(options.elements().size() - 1).prop("value").stringValue()).isEqualTo("NONE");

    assertThat(complete("curator1", choose, Map.of("mentorProfileId", variable(String.valueOf(mentorProfile), "String")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task mentorTask = awaitTask(String.valueOf(requestId), "UserTask_MentorConfirms");
    assertThat(mentorTask.getAssignee()).isEqualTo("mentor1a");
    assertThat(mentorTask.getName()).startsWith("Подтвердить участие наставника — пара № ");
    ResponseEntity<String> refusalWithoutReason = complete("mentor1a", mentorTask, Map.of("accepted", variable("false", "String")));
    assertThat(refusalWithoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusalWithoutReason.getBody()).contains("Укажите причину отказа");
    assertThat(complete("mentor1a", mentorTask, Map.of("accepted", variable("true", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task menteeTask = awaitTask(String.valueOf(requestId), "UserTask_MenteeConfirms");
    assertThat(complete("mentee1a", menteeTask, Map.of("accepted", variable("true", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task order = awaitTask(String.valueOf(requestId), "UserTask_IssueOrder");
    assertThat(as("curator1").getForEntity("/engine-rest/task/" + order.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));
    ResponseEntity<String> future = complete("director1", order, Map.of("orderNumber", variable("112-о", "String"),
        "orderDate", variable(today.plusDays(3).toString(), "String")));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("Дата приказа не может быть в будущем");
    assertThat(complete("director1", order, Map.of("orderNumber", variable("112-о", "String"),
        "orderDate", variable(today.toString(), "String"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Long pairId = (Long) historyService.createHistoricVariableInstanceQuery().variableName("pairId")
        .processInstanceId(order.getProcessInstanceId()).singleResult().getValue();
    MentoringPair pair = pairs.findDetailedById(pairId).orElseThrow();
    assertThat(pair.getStatus()).isEqualTo(PairStatus.ACTIVE);
    assertThat(pair.getOrderNumber()).isEqualTo("112-о");
    assertThat(pair.getOrderDate()).isEqualTo(today);
    assertThat(pair.getExplanation()).contains("совпадение компетенций 2 из 2");
  }

  @Test
  void theCuratorFormsAGroupOfTwoMenteesWithOneMentor() throws Exception {
    DemoRequests demo = new DemoRequests(this, taskService, people);
    long first = demo.acceptedRequestOfANewTeacher("frolova", "Фролова Ирина Сергеевна", "[\"CLASS_TEACHER\"]");
    long second = demo.acceptedRequestOfANewTeacher("titov", "Титов Максим Олегович", "[\"CLASS_TEACHER\"]");
    Task firstChoice = awaitTask(String.valueOf(first), "UserTask_ChooseMentor");
    awaitTask(String.valueOf(second), "UserTask_ChooseMentor");
    // The second request is offered as a group member in the first one's choice (listener ran before it existed,
    // so ask the service the same way the form does).
    long mentor = mentors.findByPersonId(people.findByLogin("mentor2b").orElseThrow().getId()).orElseThrow().getId();

    ResponseEntity<String> chosen = complete("curator2", firstChoice, Map.of(
        "mentorProfileId", variable(String.valueOf(mentor), "String"),
        "groupRequests", variable("[\"" + second + "\"]", "Json")));

    assertThat(chosen.getStatusCode()).as(chosen.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task firstMentorTask = awaitTask(String.valueOf(first), "UserTask_MentorConfirms");
    Task secondMentorTask = awaitTask(String.valueOf(second), "UserTask_MentorConfirms");
    assertThat(firstMentorTask.getAssignee()).isEqualTo("mentor2b");
    assertThat(secondMentorTask.getAssignee()).isEqualTo("mentor2b");
    MentoringPair a = pairs.findDetailedById((Long) taskService.getVariable(firstMentorTask.getId(), "pairId")).orElseThrow();
    MentoringPair b = pairs.findDetailedById((Long) taskService.getVariable(secondMentorTask.getId(), "pairId")).orElseThrow();
    assertThat(a.getGroupCode()).isNotNull().isEqualTo(b.getGroupCode());
    assertThat(b.getMentor().getId()).isEqualTo(mentor);
  }
}
