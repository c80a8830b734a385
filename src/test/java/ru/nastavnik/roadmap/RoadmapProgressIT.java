package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Seed 001 (2026–2028) imported late, with its past deadlines run too (the import review's
 * choice): those become overdue at once in the background, reach the responsible's director as a task and an
 * e-mail, can still be completed (recorded as late), and the progress counts it all with plan
 * against fact per year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadmapProgressIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private Long roadmapId;

  /** One occurrence as the database has it. */
  private record Occurrence(long id, LocalDate dueDate, String status, String processInstanceId) {}

  @BeforeAll
  void theCoordinatorImportsSeed001LateAndRunsThePastDeadlinesToo() throws Exception {
    RoadmapImports imports = new RoadmapImports(this, taskService, historyService);
    Task review = imports.uploadForReview(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    roadmapId = imports.confirm(review, Map.of("includePast", variable(true, "Boolean")));
    RoadmapImports.await("актуальные сроки дорожной карты запущены", () -> jdbc.queryForObject(
        "select count(*) from roadmap_occurrence o join roadmap_item i on i.id = o.item_id where i.roadmap_id = ?"
            + " and o.activate_at <= current_timestamp and (o.status = 'PLANNED' or o.process_instance_id is null)",
        Long.class, roadmapId) == 0 ? true : null);
  }

  private List<Occurrence> occurrences(String itemNumber, String organizationCode) {
    return jdbc.query("select o.id, o.due_date, o.status, o.process_instance_id from roadmap_occurrence o"
            + " join roadmap_item i on i.id = o.item_id join organization g on g.id = o.organization_id"
            + " where i.roadmap_id = ? and i.number = ? and g.code = ? order by o.due_date, o.id",
        (rs, n) -> new Occurrence(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)),
        roadmapId, itemNumber, organizationCode);
  }

  private Occurrence reload(Occurrence occurrence) {
    return jdbc.queryForObject("select id, due_date, status, process_instance_id from roadmap_occurrence where id = ?",
        (rs, n) -> new Occurrence(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)),
        occurrence.id());
  }

  private Task taskOf(Occurrence occurrence, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(occurrence.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Waits until the background has fired everything due of the occurrence (reminders, the deadline). */
  private void awaitSettled(Occurrence occurrence) throws InterruptedException {
    RoadmapImports.await("таймеры срока " + occurrence.id(), () -> managementService.createJobQuery()
        .processInstanceId(occurrence.processInstanceId()).executable().count() == 0 ? true : null);
  }

  private Map<String, Object> checkIn(String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("comment", variable(comment, "String"));
    return variables;
  }

  private boolean hasCandidateGroup(Task task, String group) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().anyMatch(link -> group.equals(link.getGroupId()));
  }

  @Test
  void aPassedDeadlineMarksTheItemOverdueAndReachesTheDirectorAsATaskAndAnEmail() throws Exception {
    Occurrence past = occurrences("1.2.", "khm-sch3").get(0);
    assertThat(past.dueDate()).isBefore(LocalDate.now(KHM));

    Task control = RoadmapImports.await("задача руководителю", () -> taskOf(past, "UserTask_ControlOverdue"));

    assertThat(hasCandidateGroup(control, "directors-khm-sch3")).isTrue();
    assertThat(control.getName()).startsWith("Просрочено: 1.2. Актуализация раздела").contains("СОШ № 3");
    assertThat(as("director3").getForEntity("/engine-rest/task/" + control.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("director1").getForEntity("/engine-rest/task/" + control.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(reload(past).status()).isEqualTo("OVERDUE");
    assertThat(jdbc.queryForObject("select escalations from roadmap_occurrence where id = ?", Integer.class, past.id()))
        .isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForList("select subject from notification where recipient_group = 'directors-khm-sch3'", String.class))
        .anySatisfy(subject -> assertThat(subject).startsWith("Просрочено мероприятие дорожной карты: 1.2."));
    assertThat(taskOf(past, "UserTask_CompleteItem")).as("the curators' own task stays open").isNotNull();
  }

  @Test
  void theCuratorMayStillCompleteAnOverdueItemAndItIsRecordedAsLate() throws Exception {
    Occurrence past = occurrences("2.4.", "khm-sch1").get(0);
    RoadmapImports.await("задача руководителю", () -> taskOf(past, "UserTask_ControlOverdue"));
    awaitSettled(past);
    Task task = taskOf(past, "UserTask_CompleteItem");

    ResponseEntity<String> empty = submit("curator1", task, new HashMap<>());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("Опишите, что сделано за квартал");

    Map<String, Object> result = checkIn("Сформированы 2 пары, программы утверждены");
    result.put("documentKind", variable("ORDER", "String"));
    result.put("documentNumber", variable("48-о", "String"));
    result.put("documentDate", variable(LocalDate.now(KHM).toString(), "String"));
    ResponseEntity<String> done = submit("curator1", task, result);

    assertThat(done.getStatusCode()).as(done.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    Map<String, Object> row = jdbc.queryForMap("select status, late, completed_by, document_kind, document_number"
        + " from roadmap_occurrence where id = ?", past.id());
    assertThat(row).containsEntry("status", "DONE").containsEntry("late", true).containsEntry("completed_by", "curator1")
        .containsEntry("document_kind", "ORDER").containsEntry("document_number", "48-о");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(past.processInstanceId()).count())
        .as("the escalation ends with the item").isZero();
  }

  @Test
  void theProgressGivesEachItemsDueDatesCountsAndPlanAgainstFactPerYear() throws Exception {
    // School 2 does everything of item 1.2. due in its first year; the centre reports item 2.1. with a value.
    List<Occurrence> school2 = occurrences("1.2.", "khm-sch2");
    int firstYear = school2.get(0).dueDate().getYear();
    for (Occurrence occurrence : school2.stream().filter(o -> o.dueDate().getYear() == firstYear).toList()) {
      awaitSettled(occurrence);
      ResponseEntity<String> done = submit("curator2", taskOf(occurrence, "UserTask_CompleteItem"),
          checkIn("Раздел сайта обновлён"));
      assertThat(done.getStatusCode()).as(done.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    }
    Occurrence centre = occurrences("2.1.", "khm-cro").get(0);
    awaitSettled(centre);
    Task centreTask = taskOf(centre, "UserTask_CompleteItem");
    assertThat(hasCandidateGroup(centreTask, "coordinators-khm")).isTrue();
    assertThat((Boolean) taskService.getVariableLocal(centreTask.getId(), "askValue")).isTrue();
    ResponseEntity<String> withoutValue = submit("coordinator", centreTask, checkIn("Раздел портала актуализирован"));
    assertThat(withoutValue.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutValue.getBody()).contains("Укажите достигнутое значение показателя");
    Map<String, Object> withValue = checkIn("Раздел портала актуализирован");
    withValue.put("indicatorValue", variable(1, "Long"));
    assertThat(submit("coordinator", centreTask, withValue).getStatusCode()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);

    ResponseEntity<String> response = as("manager").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode progress = JSON.readTree(response.getBody());
    assertThat(progress.get("items")).hasSize(21);
    JsonNode item12 = item(progress, "1.2.");
    assertThat(item12.get("responsible").get("fanOut").asBoolean()).isTrue();
    assertThat(item12.get("dueDates")).extracting(d -> LocalDate.parse(d.asText()))
        .isSortedAccordingTo(LocalDate::compareTo)
        .containsAll(school2.stream().map(Occurrence::dueDate).toList());
    JsonNode counts = item12.get("counts");
    assertThat(counts.get("total").asLong()).isEqualTo(3L * school2.size());
    assertThat(counts.get("done").asLong()).isEqualTo(school2.stream().filter(o -> o.dueDate().getYear() == firstYear).count());
    assertThat(counts.get("planned").asLong() + counts.get("open").asLong() + counts.get("overdue").asLong()
        + counts.get("done").asLong()).isEqualTo(counts.get("total").asLong());
    assertThat(counts.get("overdue").asLong()).isPositive();
    assertThat(counts.get("skipped").asLong()).isZero();
    JsonNode plan12 = indicator(item12, firstYear);
    assertThat(plan12.get("target").asInt()).isEqualTo(60);
    assertThat(plan12.get("fact").asInt()).as("organizations that did everything due that year").isEqualTo(1);
    assertThat(plan12.get("factSource").asText()).isEqualTo("ORGANIZATIONS_DONE");
    JsonNode plan21 = indicator(item(progress, "2.1."), centre.dueDate().getYear());
    assertThat(plan21.get("target").asInt()).isEqualTo(1);
    assertThat(plan21.get("fact").asInt()).isEqualTo(1);
    assertThat(plan21.get("factSource").asText()).isEqualTo("RECORDED_VALUES");
    assertThat(progress.get("totals").get("overdue").asLong()).isPositive();

    // Another municipality's curator is refused; a school's curator whose school executes item 1.2. follows the progress.
    assertThat(as("curator-vlg5").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("mentor1a").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> executor = as("curator1").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class);
    assertThat(executor.getStatusCode()).as(executor.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(executor.getBody()).get("items")).hasSize(21);
    assertThat(JSON.readTree(as("curator1").getForEntity("/api/roadmaps", String.class).getBody()))
        .extracting(r -> r.get("id").asLong()).contains(roadmapId);
    assertThat(JSON.readTree(as("curator-vlg5").getForEntity("/api/roadmaps", String.class).getBody()))
        .extracting(r -> r.get("id").asLong()).doesNotContain(roadmapId);
    JsonNode list = JSON.readTree(as("coordinator").getForEntity("/api/roadmaps", String.class).getBody());
    assertThat(list).extracting(r -> r.get("id").asLong()).contains(roadmapId);
  }

  private static JsonNode item(JsonNode progress, String number) {
    for (JsonNode item : progress.get("items")) {
      if (number.equals(item.get("number").asText())) {
        return item;
      }
    }
    throw new AssertionError("Нет мероприятия " + number);
  }

  private static JsonNode indicator(JsonNode item, int year) {
    for (JsonNode indicator : item.get("indicators")) {
      if (indicator.get("year").asInt() == year) {
        return indicator;
      }
    }
    throw new AssertionError("Нет показателя за " + year + " у мероприятия " + item.get("number").asText());
  }
}
