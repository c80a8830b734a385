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

/**
 * Changing a running roadmap: a new edition of its document (removed items cancelled, moved
 * deadlines re-planned, new items scheduled, history kept) and withdrawing it (every undone
 * occurrence cancelled with the reason, no task left).
 */
class RoadmapWithdrawalIT extends IntegrationTestSupport {

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

  private Long importSchoolRoadmap(LocalDate due) throws Exception {
    LocalDate today = LocalDate.now(KHM);
    ResponseEntity<String> started = imports().upload("curator1", "edition.txt",
        RoadmapReviewIT.schoolRoadmap(1, due).getBytes(StandardCharsets.UTF_8), today.minusDays(30), today.plusDays(300));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText())
        .singleResult();
    submitOk("curator1", review, vars("decision", "CONFIRM"));
    Long roadmapId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableName("roadmapId").singleResult().getValue();
    RoadmapImports.await("задачи дорожной карты", () -> imports().tasksOf(roadmapId).size() == 4 ? true : null);
    return roadmapId;
  }

  private ResponseEntity<String> edition(String login, Long roadmapId, String content) {
    org.springframework.util.MultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "edition-2.txt";
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return as(login).postForEntity("/api/roadmaps/" + roadmapId + "/edition",
        new org.springframework.http.HttpEntity<>(body, headers), String.class);
  }

  private List<Task> tasksOfItem(Long roadmapId, String number) {
    return imports().tasksOf(roadmapId).stream().filter(t -> t.getName().startsWith(number + " ")).toList();
  }

  @Test
  void aNewEditionCancelsRemovedItemsMovesChangedDeadlinesAndSchedulesNewItems() throws Exception {
    LocalDate today = LocalDate.now(KHM);
    LocalDate due = today.plusDays(10);
    Long roadmapId = importSchoolRoadmap(due);
    List<String> keptTasks = tasksOfItem(roadmapId, "1.").stream().map(Task::getId).sorted().toList();
    assertThat(keptTasks).hasSize(2);
    java.time.format.DateTimeFormatter ru = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    // Item 1 as it was, item 2 with a later date, item 3 gone, item 4 new.
    String second = "№\tМероприятие\tСрок\tОтветственный\tОжидаемый результат\n"
        + "1.\tПровести педагогический совет о наставничестве\tдо " + due.format(ru) + "\tДиректор и наставники\tПротокол\n"
        + "2.\tСоставить план работы методического объединения\tдо " + today.plusDays(20).format(ru) + "\tРуководитель ШМО\tПлан\n"
        + "3.\tПровести анкетирование молодых педагогов\tдо " + today.plusDays(5).format(ru) + "\tКуратор\tСправка\n";

    assertThat(edition("curator2", roadmapId, second).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unreadable = edition("curator1", roadmapId, second + "4.\tЕщё мероприятие\tкогда получится\tКуратор\t\n");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unreadable.getBody()).contains("Новая редакция не принята").contains("укажите дату исполнения");
    assertThat(imports().tasksOf(roadmapId)).as("a refused edition changes nothing").hasSize(4);

    ResponseEntity<String> applied = edition("curator1", roadmapId, second);

    assertThat(applied.getStatusCode()).as(applied.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode result = JSON.readTree(applied.getBody());
    assertThat(List.of(result.get("kept").asInt(), result.get("moved").asInt(), result.get("added").asInt(),
        result.get("removed").asInt(), result.get("cancelled").asInt())).containsExactly(1, 1, 1, 1, 2);
    assertThat(tasksOfItem(roadmapId, "1.").stream().map(Task::getId).sorted().toList()).as("untouched").isEqualTo(keptTasks);
    assertThat(tasksOfItem(roadmapId, "Оформить")).isEmpty();
    Task moved = RoadmapImports.await("задача с новым сроком", () -> tasksOfItem(roadmapId, "2.").stream().filter(t ->
        t.getName().endsWith(today.plusDays(20).format(ru)) || t.getDueDate().toInstant().atZone(KHM).toLocalDate()
            .isAfter(due)).findFirst().orElse(null));
    assertThat(tasksOfItem(roadmapId, "2.")).containsExactly(moved);
    Task added = RoadmapImports.await("задача нового мероприятия", () -> tasksOfItem(roadmapId, "3.").stream()
        .filter(t -> t.getName().contains("анкетирование")).findFirst().orElse(null));
    assertThat(taskService.getIdentityLinksForTask(added.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("curators-khm-sch1"));
    assertThat(imports().tasksOf(roadmapId).stream().filter(t -> t.getName().contains("Оформить стенд")).count())
        .as("the removed item's task is gone").isZero();

    Map<String, String> reasons = new java.util.TreeMap<>();
    jdbc.query("select i.title, o.cancel_reason from roadmap_occurrence o join roadmap_item i on i.id = o.item_id"
        + " where i.roadmap_id = ? and o.status = 'CANCELLED'", rs -> {
          reasons.put(rs.getString(1), rs.getString(2));
        }, roadmapId);
    assertThat(reasons).containsOnlyKeys("Оформить стенд о наставничестве", "Составить план работы методического объединения");
    assertThat(reasons.get("Оформить стенд о наставничестве")).isEqualTo("Исключено новой редакцией от " + today.format(ru));
    assertThat(reasons.get("Составить план работы методического объединения"))
        .isEqualTo("Срок изменён новой редакцией от " + today.format(ru));
    assertThat(jdbc.queryForObject("select count(*) from roadmap_item where roadmap_id = ?", Long.class, roadmapId))
        .as("history: the removed item stays with its cancelled occurrence").isEqualTo(4);
  }

  @Test
  void theSchoolsCuratorWithdrawsItsRoadmapAndEveryOpenTaskIsCancelledWithTheReason() throws Exception {
    LocalDate today = LocalDate.now(KHM);
    ResponseEntity<String> started = imports().upload("curator1", "withdrawn.txt",
        RoadmapReviewIT.schoolRoadmap(1, today.plusDays(10)).getBytes(StandardCharsets.UTF_8), today.minusDays(30),
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
