package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Items linked at review to facts the system records (seed 001): the review proposes the links
 * from the wording, an unknown fact is refused in Russian with nothing stored, a linked occurrence
 * asks nobody for a task, closes itself where the fact is there (by the system, the count as its
 * value) and keeps waiting where it is not; the progress names the fact and counts it.
 */
class RoadmapFactsIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @Autowired FactWatcher watcher;
  @Autowired FactSource source;

  private record Occurrence(long id, long organizationId, String kind, String status, String processInstanceId) {}

  private List<Occurrence> occurrences(Long roadmapId, String itemNumber) {
    return jdbc.query("""
        select o.id, o.organization_id, g.kind, o.status, o.process_instance_id from roadmap_occurrence o
        join roadmap_item i on i.id = o.item_id join organization g on g.id = o.organization_id
        where i.roadmap_id = ? and i.number = ? order by o.id""",
        (rs, n) -> new Occurrence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        roadmapId, itemNumber);
  }

  private int approvedMentors(long organizationId) {
    return jdbc.queryForObject("select count(*) from mentor_profile where organization_id = ? and status = ?",
        Integer.class, organizationId, ru.nastavnik.mentor.MentorStatus.APPROVED.name());
  }

  @Test
  void linkedItemsAskNobodyAndCloseWhereTheSystemHasTheFact() throws Exception {
    RoadmapImports imports = new RoadmapImports(this, taskService, historyService);
    Task review = imports.uploadForReview(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));

    // The review proposes links from the wording.
    JsonValue items = taskService.getVariableLocalTyped(review.getId(), "roadmapItems");
    JsonNode rows = JSON.readTree(items.getValueSerialized());
    Map<String, String> proposed = new HashMap<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (JsonNode row : rows) {
      if (!row.get("fact").isNull()) {
        proposed.put(row.get("number").asText(), row.get("fact").asText());
        links.add(Map.of("position", row.get("position").asInt(), "fact", row.get("fact").asText()));
      }
    }
    assertThat(proposed).containsEntry("2.3.", "MENTOR_BANK_FORMED").containsEntry("3.4.", "PRACTICES_PUBLISHED");

    // An unknown fact (a forged form) is refused in Russian and nothing is stored.
    int roadmapsBefore = jdbc.queryForObject("select count(*) from roadmap", Integer.class);
    ResponseEntity<String> forged = post("coordinator", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("decision", variable("CONFIRM", "String"), "ownerConfirmed", variable(true, "Boolean"),
            "factLinks", variable(JSON.writeValueAsString(List.of(Map.of("position", 1, "fact", "ALL_DONE"))), "Json"))));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).contains("Неизвестный факт системы «ALL_DONE»").doesNotContain("Exception");
    assertThat(jdbc.queryForObject("select count(*) from roadmap", Integer.class)).isEqualTo(roadmapsBefore);

    Long roadmapId = imports.confirm(review, Map.of("includePast", variable(true, "Boolean"),
        "factLinks", variable(JSON.writeValueAsString(links), "Json")));
    assertThat(jdbc.queryForObject("select system_fact from roadmap_item where roadmap_id = ? and number = '2.3.'",
        String.class, roadmapId)).isEqualTo("MENTOR_BANK_FORMED");
    RoadmapImports.await("сроки 2.3 запущены", () -> occurrences(roadmapId, "2.3.").stream()
        .anyMatch(o -> o.processInstanceId() != null) ? true : null);

    // A linked occurrence waits for its fact: no task asks anybody to report it.
    List<Occurrence> started = occurrences(roadmapId, "2.3.").stream().filter(o -> o.processInstanceId() != null).toList();
    for (Occurrence o : started) {
      assertThat(taskService.createTaskQuery().processInstanceId(o.processInstanceId())
          .taskDefinitionKey(RoadmapItemProcess.TASK_COMPLETE_ITEM).count()).isZero();
      RoadmapImports.await("мероприятие ждёт факта", () -> runtimeService.createExecutionQuery()
          .processInstanceId(o.processInstanceId()).activityId(RoadmapItemProcess.RECEIVE_AWAIT_FACT).count() > 0 ? true : null);
      awaitAsyncSteps(o.processInstanceId());
    }

    watcher.check();

    // Each school with approved mentors has its bank: done by the system, the count recorded.
    int closed = 0;
    for (Occurrence o : occurrences(roadmapId, "2.3.")) {
      if (o.processInstanceId() == null || !isEducational(o.kind())) {
        continue;
      }
      Map<String, Object> row = jdbc.queryForMap(
          "select status, completed_by, indicator_value, result_comment from roadmap_occurrence where id = ?", o.id());
      if (approvedMentors(o.organizationId()) > 0) {
        assertThat(row.get("status")).isEqualTo("DONE");
        assertThat(row.get("completed_by")).isEqualTo("система");
        assertThat(((Number) row.get("indicator_value")).intValue()).isEqualTo(approvedMentors(o.organizationId()));
        assertThat((String) row.get("result_comment")).startsWith("Исполнено по данным системы: сформирован банк наставников");
        closed++;
      } else {
        assertThat(row.get("status")).isNotEqualTo("DONE");
      }
    }
    assertThat(closed).as("demo schools with approved mentors").isPositive();
    // Published practices of the centre's quarter: none in the demo, so 3.4 still waits, without a task.
    for (Occurrence o : occurrences(roadmapId, "3.4.")) {
      assertThat(o.status()).isNotEqualTo("DONE");
      if (o.processInstanceId() != null) {
        assertThat(taskService.createTaskQuery().processInstanceId(o.processInstanceId())
            .taskDefinitionKey(RoadmapItemProcess.TASK_COMPLETE_ITEM).count()).isZero();
      }
    }

    // The progress names the fact and counts it live.
    JsonNode progress = JSON.readTree(as("coordinator").getForObject("/api/roadmaps/" + roadmapId + "/progress", String.class));
    JsonNode bank = null;
    for (JsonNode item : progress.get("items")) {
      if ("2.3.".equals(item.get("number").asText())) {
        bank = item;
      }
    }
    assertThat(bank).isNotNull();
    assertThat(bank.get("systemFact").get("fact").asText()).isEqualTo("MENTOR_BANK_FORMED");
    assertThat(bank.get("indicators").get(0).get("factSource").asText()).isEqualTo("SYSTEM");
  }

  @Test
  void everyFactIsCountedOnPostgresqlAndAgreesWithTheRecordsItCounts() {
    List<Long> all = jdbc.queryForList("select id from organization", Long.class);
    java.time.Instant from = java.time.Instant.parse("2020-01-01T00:00:00Z");
    java.time.Instant until = java.time.Instant.now().plusSeconds(3600);
    for (SystemFact fact : SystemFact.values()) {
      Map<Long, Integer> counts = source.counts(fact, all, from, until);
      assertThat(counts.values()).as(fact.name()).allMatch(c -> c > 0);
    }
    int curators = jdbc.queryForObject("select count(*) from person_role where role = 'CURATOR'", Integer.class);
    assertThat(source.counts(SystemFact.CURATORS_APPOINTED, all, from, until).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(curators).isPositive();
    // Other tests of the suite record meetings at moments of their own: count the same window.
    int held = jdbc.queryForObject("select count(*) from program_meeting where status = 'HELD' and held_at >= ? and held_at <= ?",
        Integer.class, java.sql.Timestamp.from(from), java.sql.Timestamp.from(until));
    assertThat(source.counts(SystemFact.MEETINGS_HELD, all, from, until).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(held);
    assertThat(source.counts(SystemFact.MEETINGS_HELD, List.of(), from, until)).isEmpty();
  }

  private static boolean isEducational(String kind) {
    return ru.nastavnik.organization.OrganizationKind.valueOf(kind).isEducational();
  }
}
