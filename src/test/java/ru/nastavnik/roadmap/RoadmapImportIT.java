package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.roadmap.parse.DeadlineKind;
import ru.nastavnik.roadmap.parse.ResponsibleBody;

/**
 * Importing roadmaps on PostgreSQL with the demo municipality (khm: three schools, the department
 * and the centre): the preview, refusals that store nothing, and the Tasklist import whose tasks
 * reach every school.
 */
class RoadmapImportIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired RoadmapRepository roadmaps;
  @Autowired RoadmapItemRepository items;
  @Autowired JdbcTemplate jdbc;

  private RoadmapImports imports() {
    return new RoadmapImports(this, taskService, historyService);
  }

  private ResponseEntity<String> preview(String login, String fileName, byte[] content, String periodStart, String periodEnd) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    body.add("periodStart", periodStart);
    body.add("periodEnd", periodEnd);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(login).postForEntity("/api/roadmaps/preview", new HttpEntity<>(body, headers), String.class);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void thePreviewOfSeed001ReadsTwentyOneItemsInThreeSectionsAndStoresNothing() throws Exception {
    long before = roadmaps.count();

    ResponseEntity<String> response = preview("coordinator", RoadmapImports.SEED_001, RoadmapImports.seed(RoadmapImports.SEED_001),
        "2026-01-01", "2028-12-31");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode roadmap = JSON.readTree(response.getBody());
    assertThat(fields(roadmap)).containsExactly("title", "sections", "items", "warnings");
    assertThat(roadmap.get("title").asText()).startsWith("Дорожная карта по реализации системы (целевой модели) наставничества");
    assertThat(roadmap.get("sections")).hasSize(3);
    assertThat(fields(roadmap.get("sections").get(0))).containsExactly("number", "title");
    assertThat(roadmap.get("sections").get(1).get("number").asText()).isEqualTo("II.");
    assertThat(roadmap.get("sections").get(1).get("title").asText()).isEqualTo("Информационно-коммуникативное пространство");

    JsonNode items = roadmap.get("items");
    assertThat(items).hasSize(21);
    JsonNode first = items.get(0);
    assertThat(fields(first)).containsExactly("number", "section", "title", "deadline", "responsible", "expectedResult", "indicators");
    assertThat(fields(first.get("deadline"))).containsExactly("text", "kind", "start", "dueDates");
    assertThat(fields(first.get("responsible"))).containsExactly("text", "fanOut");
    // The document has 1.1 twice: both kept as written.
    assertThat(first.get("number").asText()).isEqualTo("1.1");
    assertThat(first.get("deadline").get("kind").asText()).isEqualTo("DATE");
    assertThat(first.get("deadline").get("dueDates").get(0).asText()).isEqualTo("2026-02-28");
    JsonNode second = items.get(1);
    assertThat(second.get("number").asText()).isEqualTo("1.1.");
    assertThat(second.get("section").asText()).isEqualTo("1.");
    assertThat(second.get("deadline").get("text").asText()).isEqualTo("сентябрь ежегодно");
    assertThat(second.get("deadline").get("kind").asText()).isEqualTo("RECURRING");
    assertThat(second.get("deadline").get("dueDates")).extracting(JsonNode::asText)
        .containsExactly("2026-09-30", "2027-09-30", "2028-09-30");
    assertThat(second.get("responsible").get("fanOut").asBoolean()).isTrue();
    assertThat(second.get("indicators")).hasSize(3);
    assertThat(second.get("indicators").get(0).get("year").asInt()).isEqualTo(2026);
    assertThat(second.get("indicators").get(0).get("target").asInt()).isEqualTo(60);
    assertThat(items.get(items.size() - 1).get("number").asText()).isEqualTo("3.5.");

    assertThat(roadmap.get("warnings")).hasSize(1);
    assertThat(roadmap.get("warnings").get(0).get("row").asInt()).isEqualTo(56);
    assertThat(roadmap.get("warnings").get(0).get("message").asText()).contains("1.1.");
    assertThat(roadmaps.count()).isEqualTo(before);
  }

  @Test
  void thePreviewGivesEveryDeadlineKindAndTheStartOfARange() throws Exception {
    ResponseEntity<String> response = preview("curator1", "plan.txt", smallRoadmap(2027).getBytes(StandardCharsets.UTF_8),
        "2026-09-01", "2027-12-31");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode items = JSON.readTree(response.getBody()).get("items");
    assertThat(items).extracting(i -> i.get("deadline").get("kind").asText())
        .containsExactly("DATE", "RANGE", "ON_DEMAND", "UNKNOWN");
    assertThat(items.get(1).get("deadline").get("start").asText()).isEqualTo("2027-10-01");
    assertThat(items.get(1).get("deadline").get("dueDates").get(0).asText()).isEqualTo("2027-12-31");
    assertThat(items.get(0).get("deadline").get("start").isNull()).isTrue();
    assertThat(JSON.readTree(response.getBody()).get("warnings")).extracting(w -> w.get("row").asInt()).contains(6);
  }

  @Test
  void aFileThatIsNotARoadmapGetsARussianErrorAndNothingIsStored() throws Exception {
    long roadmapsBefore = roadmaps.count();
    long importsBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("RoadmapImportProcess").count();
    byte[] shoppingList = "Список покупок\nхлеб, молоко\n".getBytes(StandardCharsets.UTF_8);

    ResponseEntity<String> previewed = preview("coordinator", "список.txt", shoppingList, "2026-01-01", "2026-12-31");
    ResponseEntity<String> uploaded = imports().upload("coordinator", "список.txt", shoppingList,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(previewed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(previewed.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(previewed.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Файл не распознан как дорожная карта");
    assertThat(problem.get("detail").asText()).contains("не найдена таблица дорожной карты");
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(uploaded.getBody()).contains("не найдена таблица дорожной карты");
    assertThat(roadmaps.count()).isEqualTo(roadmapsBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("RoadmapImportProcess").count())
        .isEqualTo(importsBefore);
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) 'a');

    ResponseEntity<String> response = preview("coordinator", "огромный.docx", huge, "2026-01-01", "2026-12-31");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(JSON.readTree(response.getBody()).get("detail").asText()).contains("не более 10 МБ");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedInRussian() {
    ResponseEntity<String> response = preview("coordinator", RoadmapImports.SEED_001, RoadmapImports.seed(RoadmapImports.SEED_001),
        "2028-12-31", "2026-01-01");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Окончание периода");
  }

  @Test
  void importingSeed001ForKhantyMansiyskGivesEverySchoolATaskOnTheContinuousFanOutItem() throws Exception {
    LocalDate today = LocalDate.now(KHM);
    LocalDate periodStart = LocalDate.of(today.getYear(), 1, 1);
    LocalDate periodEnd = LocalDate.of(today.getYear() + 2, 12, 31);
    long before = roadmaps.count();
    Task review = imports().uploadForReview(periodStart, periodEnd);

    assertThat(review.getAssignee()).isEqualTo("coordinator");
    assertThat(review.getName()).startsWith("Проверить и утвердить дорожную карту — Дорожная карта по реализации");
    SpinJsonNode rows = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "roadmapItems");
    assertThat(rows.elements()).hasSize(21);
    SpinJsonNode summary = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "roadmapSummary");
    assertThat(summary.prop("items").numberValue().intValue()).isEqualTo(21);
    assertThat(summary.prop("sections").numberValue().intValue()).isEqualTo(3);
    assertThat(summary.prop("corrections").numberValue().intValue()).isZero();
    assertThat(summary.prop("ownerWarning").stringValue()).as("seed 001 is Nizhnevartovsk's").contains("Нижневартовск")
        .contains("Ханты-Мансийск");
    assertThat(as("curator1").getForEntity("/engine-rest/task/" + review.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(roadmaps.count()).as("nothing is stored before the confirmation").isEqualTo(before);

    Long roadmapId = imports().confirm(review, Map.of());

    Roadmap stored = roadmaps.findDetailedById(roadmapId).orElseThrow();
    assertThat(stored.getScope()).isEqualTo(RoadmapScope.MUNICIPALITY);
    assertThat(stored.getMunicipality().getCode()).isEqualTo("khm");
    assertThat(jdbc.queryForObject("select count(*) from roadmap_warning where roadmap_id = ?", Long.class, roadmapId)).isEqualTo(1);
    assertThat(items.findByRoadmapIdOrderBySortOrder(roadmapId)).hasSize(21);
    LocalDate quarterEnd = today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
    for (String school : List.of("khm-sch1", "khm-sch2", "khm-sch3")) {
      Task task = RoadmapImports.await("задача по п. 1.2. для " + school, () -> imports().tasksOf(roadmapId).stream()
          .filter(t -> t.getName().contains("1.2. Актуализация раздела «Развитие наставничества»"))
          .filter(t -> hasCandidateGroup(t, "curators-" + school)).findFirst().orElse(null));
      assertThat(task.getName()).startsWith("Отчёт за " + RoadmapTexts.quarter(today) + ": 1.2.");
      // The end of the quarter's last day, or of the next working day when it is not one (31.12.2026: 11.01.2027).
      assertThat(task.getDueDate()).isEqualTo(Date.from(WorkingDays.standard().deadline(quarterEnd, KHM)));
    }
    // Only what is relevant now: nothing due beyond the current quarter plus the lead time.
    assertThat(imports().tasksOf(roadmapId)).allSatisfy(task ->
        assertThat(task.getDueDate()).isBeforeOrEqualTo(Date.from(WorkingDays.standard().deadline(quarterEnd.plusDays(31), KHM))));
    assertThat(jdbc.queryForObject("select count(*) from roadmap_occurrence o join roadmap_item i on i.id = o.item_id"
        + " where i.roadmap_id = ? and o.status = 'PLANNED'", Long.class, roadmapId)).isPositive();
    JsonNode seenByCurator2 = JSON.readTree(as("curator2").getForEntity(
        "/engine-rest/task?processDefinitionKey=RoadmapItemProcess&maxResults=1000", String.class).getBody());
    List<String> names = new ArrayList<>();
    seenByCurator2.forEach(t -> names.add(t.get("name").asText()));
    assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("СОШ № 1,").doesNotContain("СОШ № 3,"));
  }

  @Test
  void theReviewerSetsTheDateAndExecutorThatCouldNotBeReadBeforeTheRoadmapIsStored() throws Exception {
    int year = LocalDate.now(KHM).getYear() + 1;
    ResponseEntity<String> started = imports().upload("coordinator", "plan.txt", smallRoadmap(year).getBytes(StandardCharsets.UTF_8),
        LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText()).singleResult();
    SpinJsonNode prefilled = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "correctionRows");
    assertThat(prefilled.elements()).hasSize(1);
    assertThat(prefilled.elements().get(0).prop("position").numberValue().intValue()).isEqualTo(4);
    assertThat(prefilled.elements().get(0).prop("problem").stringValue()).contains("когда получится").contains("Иванов И. И.");
    long before = roadmaps.count();

    ResponseEntity<String> unresolved = post("coordinator", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("decision", variable("CONFIRM", "String"))));

    assertThat(unresolved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unresolved.getBody()).contains("укажите дату исполнения").contains("отметьте исполнителя");
    assertThat(roadmaps.count()).isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

    String corrections = "[{\"position\":4,\"dueDate\":\"" + year + "-06-30\",\"executors\":[\"METHODICAL_CENTER\"]}]";
    Long roadmapId = imports().confirm(review, Map.of("corrections", variable(corrections, "Json")));

    List<RoadmapItem> stored = items.findByRoadmapIdOrderBySortOrder(roadmapId);
    RoadmapItem roundTable = stored.get(3);
    assertThat(roundTable.getDeadlineKind()).isEqualTo(DeadlineKind.DATE);
    assertThat(roundTable.getDeadlineText()).isEqualTo("когда получится");
    assertThat(roundTable.isDeadlineSetByReviewer()).isTrue();
    assertThat(roundTable.getResponsibleBodies()).containsExactly(ResponsibleBody.METHODICAL_CENTER);
    assertThat(roundTable.isResponsibleSetByReviewer()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from roadmap_occurrence where item_id = ? and due_date = ?", Long.class,
        roundTable.getId(), LocalDate.of(year, 6, 30))).isEqualTo(1);

    // «по отдельному графику»: the centre is asked for the date first, then the item runs as a dated one.
    Task setDate = RoadmapImports.await("задача назначить срок", () -> imports().tasksOf(roadmapId).stream()
        .filter(t -> t.getTaskDefinitionKey().equals("UserTask_SetDate")).findFirst().orElse(null));
    assertThat(setDate.getName()).isEqualTo("Назначить срок: 1.3. Обучить наставников — ЦРО");
    assertThat(hasCandidateGroup(setDate, "coordinators-khm")).isTrue();
    ResponseEntity<String> scheduled = post("coordinator", "/engine-rest/task/" + setDate.getId() + "/submit-form",
        Map.of("variables", Map.of("plannedDate", variable(year + "-11-20", "String"))));
    assertThat(scheduled.getStatusCode()).as(scheduled.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select status from roadmap_occurrence where process_instance_id = ?", String.class,
        setDate.getProcessInstanceId())).isEqualTo("OPEN");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(setDate.getProcessInstanceId())
        .activityIdIn("TimerEvent_UntilRelevant").count()).as("its task waits until a month before the date").isEqualTo(1);
  }

  @Test
  void aCuratorImportsTheSchoolsOwnRoadmapAndOnlyThatSchoolGetsTasks() throws Exception {
    LocalDate today = LocalDate.now(KHM);
    int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    String seed003 = "003_d6a614b69e98224f.txt";
    ResponseEntity<String> started = imports().upload("curator1", seed003, RoadmapImports.seed(seed003),
        LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText()).singleResult();
    assertThat(hasCandidateGroup(review, "curators-khm-sch1")).isTrue();

    // The document is the Lyudinovo boarding school's: the curator confirms it is theirs all the same.
    ResponseEntity<String> confirmed = post("curator1", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("decision", variable("CONFIRM", "String"), "ownerConfirmed", variable(true, "Boolean"))));
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    Long roadmapId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableName("roadmapId").singleResult().getValue();

    Roadmap stored = roadmaps.findDetailedById(roadmapId).orElseThrow();
    assertThat(stored.getScope()).isEqualTo(RoadmapScope.ORGANIZATION);
    assertThat(stored.getOrganization().getCode()).isEqualTo("khm-sch1");
    RoadmapImports.await("задачи дорожной карты школы", () -> imports().tasksOf(roadmapId).isEmpty() ? null : true);
    // «Директор, заместители директора …» goes to the director, «Администрация» too, the curator's items to the curators.
    assertThat(imports().tasksOf(roadmapId)).allSatisfy(task -> assertThat(hasCandidateGroup(task, "curators-khm-sch1")
        || hasCandidateGroup(task, "directors-khm-sch1")).isTrue());
    assertThat(as("curator1").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("curator2").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theEmbeddedFormsOfTheImportAreServedForTasklist() {
    ResponseEntity<String> start = rest.getForEntity("/nastavnik/forms/roadmap-import.html", String.class);
    ResponseEntity<String> review = rest.getForEntity("/nastavnik/forms/roadmap-review.html", String.class);

    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(start.getBody()).contains("cam-variable-name=\"roadmapFile\"").contains("cam-variable-type=\"File\"")
        .contains("cam-variable-name=\"periodStart\"").contains("cam-variable-name=\"periodEnd\"")
        .contains("Файл дорожной карты");
    assertThat(review.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(review.getBody()).contains("fetchVariable('correctionRows')").contains("name: 'corrections', type: 'Json'")
        .contains("cam-variable-name=\"decision\"").contains("cam-variable-name=\"includePast\"")
        .contains("name: 'roadmapTitle', type: 'String'").contains("name: 'ownerConfirmed', type: 'Boolean'")
        .contains("Я подтверждаю, что это дорожная карта нашей организации");
  }

  private boolean hasCandidateGroup(Task task, String group) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().anyMatch(link -> group.equals(link.getGroupId()));
  }

  /** A roadmap with a date, a range, an on-demand item and one whose date and executor cannot be read. */
  static String smallRoadmap(int year) {
    return "№\tМероприятие\tСрок\tОтветственный\tОжидаемый результат\n"
        + "1.\tОрганизационный раздел\t\t\t\n"
        + "1.1.\tИздать приказ о наставничестве\tдо 15.12." + year + "\tОбразовательные организации\tПриказ\n"
        + "1.2.\tПровести семинар для наставников\tОктябрь-декабрь " + year + "\tЦРО\tПрограмма семинара\n"
        + "1.3.\tОбучить наставников\tпо отдельному графику\tЦРО\tСертификаты\n"
        + "1.4.\tПровести круглый стол\tкогда получится\tИванов И. И.\tПротокол\n";
  }
}
