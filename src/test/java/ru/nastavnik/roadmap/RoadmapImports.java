package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;

/** Imports a roadmap the way Tasklist does: the start form's file upload, then the review. */
final class RoadmapImports {

  static final String SEED_001 = "001_e8ce16e08f0fe19c.txt";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntegrationTestSupport test;
  private final TaskService taskService;
  private final HistoryService historyService;

  RoadmapImports(IntegrationTestSupport test, TaskService taskService, HistoryService historyService) {
    this.test = test;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  static byte[] seed(String file) {
    try (InputStream in = RoadmapImports.class.getResourceAsStream("/roadmaps/" + file)) {
      assertThat(in).as("test resource /roadmaps/" + file).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start form of «Загрузка дорожной карты» as Tasklist submits it (the file as a File variable). */
  ResponseEntity<String> upload(String login, String fileName, byte[] content, LocalDate periodStart, LocalDate periodEnd) {
    Map<String, Object> file = new HashMap<>();
    file.put("type", "File");
    file.put("value", Base64.getEncoder().encodeToString(content));
    file.put("valueInfo", Map.of("filename", fileName, "mimetype", "text/plain"));
    Map<String, Object> variables = new HashMap<>();
    variables.put("roadmapFile", file);
    variables.put("periodStart", IntegrationTestSupport.variable(periodStart.toString(), "String"));
    variables.put("periodEnd", IntegrationTestSupport.variable(periodEnd.toString(), "String"));
    variables.put("ownerCode", IntegrationTestSupport.variable("", "String"));
    return test.post(login, "/engine-rest/process-definition/key/RoadmapImportProcess/submit-form",
        Map.of("variables", variables));
  }

  /** Uploads seed 001 as the demo coordinator and returns the review task. */
  Task uploadForReview(LocalDate periodStart, LocalDate periodEnd) throws Exception {
    ResponseEntity<String> started = upload("coordinator", SEED_001, seed(SEED_001), periodStart, periodEnd);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = JSON.readTree(started.getBody()).get("id").asText();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  /** Confirms the review (with extra form values) and returns the stored roadmap's id. */
  Long confirm(Task review, Map<String, Object> formValues) {
    Map<String, Object> variables = new HashMap<>(formValues);
    variables.put("decision", IntegrationTestSupport.variable("CONFIRM", "String"));
    ResponseEntity<String> completed = test.post("coordinator", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", variables));
    assertThat(completed.getStatusCode()).as(completed.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    return (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableName("roadmapId").singleResult().getValue();
  }

  /** Open tasks of a roadmap's items. */
  List<Task> tasksOf(Long roadmapId) {
    return taskService.createTaskQuery().processDefinitionKey("RoadmapItemProcess")
        .processVariableValueEquals("roadmapId", roadmapId).list();
  }

  /** Polls until {@code found} returns a value (the job executor works in the background). */
  static <T> T await(String what, Supplier<T> found) {
    return IntegrationTestSupport.eventually(what, found);
  }
}
