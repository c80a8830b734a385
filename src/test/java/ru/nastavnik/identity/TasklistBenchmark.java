package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;
import ru.nastavnik.benchmark.Samples;
import ru.nastavnik.benchmark.SqlCapture;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): the curator's «Задачи организации»
 * in Tasklist with 200,000 open user tasks across 500 organizations (400 per school).
 *
 * <p>One real request is filed through the engine; its process instance (executions, the
 * curator's task, the candidate-group identity link, the task's authorization and the
 * municipality's read authorizations, as the engine and {@link MunicipalVisibilityPlugin} wrote
 * them) is then copied 200,000 times by SQL, each copy given to another school's curators. Then
 * exactly what Tasklist sends: {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15}
 * ({@code application/hal+json}, sorted by creation time, active tasks) and
 * {@code POST /engine-rest/filter/{id}/count}, with the curator's Basic auth. Records
 * {@code tasklist_query_p95_ms} (list and count together) and writes PostgreSQL's plans of the
 * SQL the engine ran to {@code target/benchmark/tasklist-plans.txt}.
 */
@org.springframework.test.context.TestPropertySource(properties =
    // Without the planner settings of application-postgres.yml at first; the third phase sets them the same way.
    "spring.datasource.hikari.connection-init-sql=select 1")
class TasklistBenchmark extends ApplicationBenchmark {

  private static final int TASKS = 200_000;
  private static final int ORGANIZATIONS = 500;
  private static final String QUERY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired DataSource dataSource;

  @Test
  void organizationTasksOfACuratorAmongTwoHundredThousand() throws Exception {
    Task template = fileOneRealRequest();
    long seconds = System.nanoTime();
    copyProcessInstance(template);
    System.out.printf("Засеяно %d задач (%d организаций) за %.0f с; строк в ACT_RU_AUTHORIZATION: %d%n", TASKS,
        ORGANIZATIONS, (System.nanoTime() - seconds) / 1e9,
        jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class));

    String filter = filterId(TasklistFilters.ORGANIZATION_TASKS);
    String list = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
    String count = "/engine-rest/filter/" + filter + "/count";
    JsonNode page = JSON.readTree(post("curator1", list, QUERY, "application/hal+json, application/json; q=0.5"));
    long total = JSON.readTree(post("curator1", count, QUERY, "application/json")).get("count").asLong();
    System.out.printf("«%s» у curator1: %d задач, на странице %d%n", TasklistFilters.ORGANIZATION_TASKS, total,
        page.path("_embedded").path("task").size());
    assertThat(total).as("задачи своей школы, и только они").isEqualTo(TASKS / ORGANIZATIONS + 1);
    assertThat(page.path("_embedded").path("task")).hasSize(15);

    // Baseline: the engine's own schema, without what TaskQueryTuning adds at startup.
    TaskQueryTuning.remove(dataSource);
    Samples baseline = Samples.measure(3, 20, () -> listAndCount(list, count));
    System.out.println("Без TaskQueryTuning (схема движка как есть), список и количество: " + baseline);
    List<String> plans = new ArrayList<>(List.of("=== Схема движка как есть ==="));
    plans.addAll(plans(list, count));

    TaskQueryTuning.apply(dataSource);
    Samples listTimes = Samples.measure(10, 100, () -> post("curator1", list, QUERY, "application/hal+json, application/json; q=0.5"));
    Samples countTimes = Samples.measure(10, 100, () -> post("curator1", count, QUERY, "application/json"));
    Samples both = Samples.measure(10, 100, () -> listAndCount(list, count));
    System.out.println("С TaskQueryTuning: список (HAL, 15 задач): " + listTimes);
    System.out.println("С TaskQueryTuning: количество: " + countTimes);
    System.out.println("С TaskQueryTuning: список и количество подряд: " + both);
    plans.add("=== С TaskQueryTuning ===");
    plans.addAll(plans(list, count));

    // The same with the planner settings of the application's own connections (application-postgres.yml,
    // connection-init-sql): set here as the database's defaults, which new connections take the same way.
    // Recorded is this phase: it is how the application runs.
    jdbc.execute("alter database postgres set max_parallel_workers_per_gather = 0");
    dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    Samples listPlanned = Samples.measure(10, 100, () -> post("curator1", list, QUERY, "application/hal+json, application/json; q=0.5"));
    Samples countPlanned = Samples.measure(10, 100, () -> post("curator1", count, QUERY, "application/json"));
    Samples bothPlanned = Samples.measure(10, 100, () -> listAndCount(list, count));
    System.out.println("С TaskQueryTuning и без параллельных планов: список: " + listPlanned);
    System.out.println("С TaskQueryTuning и без параллельных планов: количество: " + countPlanned);
    System.out.println("С TaskQueryTuning и без параллельных планов: список и количество подряд: " + bothPlanned);
    plans.add("=== С TaskQueryTuning и max_parallel_workers_per_gather = 0 ===");
    plans.addAll(plans(list, count));
    Path file = BenchmarkResults.FILE.resolveSibling("tasklist-plans.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, plans);
    System.out.println("Планы запросов движка: " + file.toAbsolutePath());
    plans.forEach(System.out::println);

    BenchmarkResults.record("задачи организации в Tasklist", List.of(Figure.lower("tasklist_query_p95_ms",
        "«Задачи организации» куратора: список (15, HAL) и количество, 200 000 открытых задач, 500 организаций (p95 из "
            + bothPlanned.count() + "; без TaskQueryTuning — " + Math.round(baseline.p95()) + " мс, без настроек планировщика — "
            + Math.round(both.p95()) + " мс)", bothPlanned.p95(), "ms", 150)));
  }

  private String listAndCount(String list, String count) {
    post("curator1", list, QUERY, "application/hal+json, application/json; q=0.5");
    return post("curator1", count, QUERY, "application/json");
  }

  /** The curator's «Рассмотреть запрос» task of a request filed by a mentee of school № 1, as Tasklist files it. */
  private Task fileOneRealRequest() throws Exception {
    String body = JSON.writeValueAsString(Map.of("variables", Map.of(
        "difficulties", variable("[\"ASSESSMENT\",\"DIGITAL_TOOLS\"]", "Json"),
        "subject", variable("Математика", "String"),
        "desiredForm", variable("TRADITIONAL", "String"))));
    String started = post("mentee1a", "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form", body,
        "application/json");
    String instance = JSON.readTree(started).get("id").asText();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  /**
   * Copies the template's process instance: executions, the task, its identity links and
   * authorizations, the instance's authorizations; copy g belongs to school g mod 500 (0 is
   * school № 1 of the demo municipality, the others are schools of 25 other municipalities)
   * and was created g × 150 s ago. Every column not named here is copied as the engine wrote it.
   */
  private void copyProcessInstance(Task template) {
    String instance = template.getProcessInstanceId();
    String organization = "case when g % " + ORGANIZATIONS + " = 0 then 'khm-sch1' else 'bench-sch' || (g % " + ORGANIZATIONS + ") end";
    String municipality = "case when g % " + ORGANIZATIONS + " = 0 then 'khm' else 'bench-mun' || (g % " + ORGANIZATIONS + " % 25) end";
    copy("act_ru_execution", "t.proc_inst_id_ = '" + instance + "'",
        Map.of("id_", copied("id_"), "proc_inst_id_", copied("proc_inst_id_"), "parent_id_", copied("parent_id_"),
            "root_proc_inst_id_", copied("root_proc_inst_id_"), "business_key_", "t.business_key_ || '-' || g"));
    copy("act_ru_task", "t.id_ = '" + template.getId() + "'",
        Map.of("id_", copied("id_"), "execution_id_", copied("execution_id_"), "proc_inst_id_", copied("proc_inst_id_"),
            "name_", "'Рассмотреть запрос — запрос № ' || g", "create_time_", "t.create_time_ - g * interval '150 seconds'",
            "last_updated_", "t.create_time_ - g * interval '150 seconds'"));
    copy("act_ru_identitylink", "t.task_id_ = '" + template.getId() + "'",
        Map.of("id_", copied("id_"), "task_id_", copied("task_id_"),
            "group_id_", "replace(t.group_id_, 'khm-sch1', " + organization + ")"));
    copy("act_ru_authorization", "t.resource_id_ = '" + template.getId() + "'",
        Map.of("id_", copied("id_"), "resource_id_", copied("resource_id_"), "root_proc_inst_id_", copied("root_proc_inst_id_"),
            "group_id_", "replace(t.group_id_, 'khm-sch1', " + organization + ")"));
    copy("act_ru_authorization", "t.resource_id_ = '" + instance + "'",
        Map.of("id_", copied("id_"), "resource_id_", copied("resource_id_"), "root_proc_inst_id_", copied("root_proc_inst_id_"),
            "group_id_", "regexp_replace(t.group_id_, '-khm$', '-' || " + municipality + ")"));
    jdbc.execute("analyze");
  }

  private static String copied(String column) {
    return "case when t." + column + " is null then null else 'b' || g || '-' || t." + column + " end";
  }

  private void copy(String table, String where, Map<String, String> expressions) {
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
        + " order by ordinal_position", String.class, table);
    String select = columns.stream().map(c -> expressions.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
    int rows = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select
        + " from " + table + " t cross join generate_series(1, " + TASKS + ") g where " + where);
    System.out.printf("%s: +%d строк%n", table, rows);
  }

  private String filterId(String name) throws IOException {
    for (JsonNode filter : JSON.readTree(get("curator1", "/engine-rest/filter?resourceType=Task", "application/json"))) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException("Нет фильтра «" + name + "»");
  }

  /** PostgreSQL's plans (EXPLAIN ANALYZE) of the task queries the engine runs for one list and one count. */
  private List<String> plans(String list, String count) {
    List<String> statements;
    try (SqlCapture capture = SqlCapture.start("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity")) {
      listAndCount(list, count);
      statements = capture.statements();
    }
    List<String> report = new ArrayList<>();
    for (String sql : statements) {
      report.add("-- " + sql.replaceAll("\\s+", " "));
      report.addAll(jdbc.queryForList("explain (analyze, buffers) " + sql, String.class));
      report.add("");
    }
    return report;
  }
}
