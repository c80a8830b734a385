package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/** Withdrawing a running roadmap: every undone occurrence is cancelled with the reason and no task is left. */
class RoadmapWithdrawalTests extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  private RoadmapImports imports() {
    return new RoadmapImports(this, taskService, historyService);
  }

  private ResponseEntity<String> withdraw(String login, Long roadmapId, String reason) {
    return post(login, "/api/roadmaps/" + roadmapId + "/withdraw", Map.of("reason", reason));
  }

  @Test
  void theSchoolsCuratorWithdrawsItsRoadmapAndEveryOpenTaskIsCancelledWithTheReason() throws Exception {
    LocalDate today = LocalDate.now(KHM);
    ResponseEntity<String> started = imports().upload("curator1", "withdrawn.txt",
        RoadmapReviewTests.schoolRoadmap(1, today.plusDays(10)).getBytes(StandardCharsets.UTF_8), today.minusDays(30),
        today.plusDays(300));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText())
        .singleResult();
    submitOk("curator1", review, vars("decision", "CONFIRM"));
    Long roadmapId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableName("roadmapId").singleResult().getValue();
    RoadmapImports.await("задачи дорожной карты", () -> imports().tasksOf(roadmapId).size() == 4 ? true : null);
    String roadmapProcess = jdbc.queryForObject("select process_instance_id from roadmap where id = ?", String.class, roadmapId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(roadmapProcess).count()).isEqualTo(1);

    assertThat(withdraw("curator2", roadmapId, "Чужая дорожная карта").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason = withdraw("curator1", roadmapId, "  ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("Укажите причину");
    assertThat(imports().tasksOf(roadmapId)).as("a refused withdrawal changes nothing").hasSize(4);

    ResponseEntity<String> withdrawn = withdraw("curator1", roadmapId, "Утверждена новая дорожная карта школы");

    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode answer = JSON.readTree(withdrawn.getBody());
    assertThat(answer.get("statusTitle").asText()).isEqualTo("Отозвана");
    assertThat(answer.get("cancelled").asInt()).isEqualTo(4);
    assertThat(imports().tasksOf(roadmapId)).as("no task of the roadmap is left").isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("RoadmapItemProcess")
        .variableValueEquals("roadmapId", roadmapId).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(roadmapProcess).count()).isZero();
    List<Map<String, Object>> occurrences = jdbc.queryForList("select o.status, o.cancel_reason from roadmap_occurrence o"
        + " join roadmap_item i on i.id = o.item_id where i.roadmap_id = ?", roadmapId);
    assertThat(occurrences).hasSize(4).allSatisfy(row -> {
      assertThat(row.get("status")).isEqualTo("CANCELLED");
      assertThat((String) row.get("cancel_reason")).startsWith("Дорожная карта отозвана ")
          .endsWith(": Утверждена новая дорожная карта школы");
    });
    assertThat(jdbc.queryForMap("select status, withdrawal_reason, withdrawn_by from roadmap where id = ?", roadmapId))
        .containsEntry("status", "WITHDRAWN").containsEntry("withdrawal_reason", "Утверждена новая дорожная карта школы")
        .containsEntry("withdrawn_by", "curator1");
    JsonNode view = JSON.readTree(as("curator1").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getBody());
    assertThat(view.get("totals").get("cancelled").asInt()).isEqualTo(4);
    assertThat(view.get("totals").get("open").asInt()).isZero();

    ResponseEntity<String> again = withdraw("curator1", roadmapId, "Ещё раз");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("уже не исполняется");
  }
}
