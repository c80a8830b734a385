package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/**
 * The review of a school's own roadmap: the approval block kept as fields and out of the title, the
 * title the reviewer edits, the confirmation a document naming another school needs, and the tasks
 * going to the staff each item names (director, mentors, curators).
 */
class RoadmapReviewIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final String CONFIRMATION = "Я подтверждаю, что это дорожная карта нашей организации";

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RoadmapRepository roadmaps;
  @Autowired JdbcTemplate jdbc;

  private RoadmapImports imports() {
    return new RoadmapImports(this, taskService, historyService);
  }

  /** A school's roadmap signed by the director of «СОШ № {@code school}», every item due in ten days. */
  static String schoolRoadmap(int school, LocalDate due) {
    String date = due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    return "УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № " + school + "»\n__________ /подпись/ И.И. Иванов\n\n"
        + "Дорожная карта МБОУ «СОШ № " + school + "» по наставничеству\n"
        + "№\tМероприятие\tСрок\tОтветственный\tОжидаемый результат\n"
        + "1.\tПровести педагогический совет о наставничестве\tдо " + date + "\tДиректор и наставники\tПротокол\n"
        + "2.\tСоставить план работы методического объединения\tдо " + date + "\tРуководитель ШМО\tПлан\n"
        + "3.\tОформить стенд о наставничестве\tдо " + date + "\tБиблиотекарь\tСтенд\n";
  }

  private Task upload(String content) throws Exception {
    LocalDate today = LocalDate.now(KHM);
    ResponseEntity<String> started = imports().upload("curator1", "school-" + System.nanoTime() + ".txt",
        content.getBytes(StandardCharsets.UTF_8), today.minusDays(30), today.plusDays(300));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText()).singleResult();
  }

  private Long roadmapOf(Task review) {
    return (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .variableName("roadmapId").singleResult().getValue();
  }

  private Set<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId()).collect(Collectors.toSet());
  }

  @Test
  void anotherSchoolsDocumentNeedsTheConfirmationAndTheTitleIsTheReviewers() throws Exception {
    Task review = upload(schoolRoadmap(5, LocalDate.now(KHM).plusDays(10)));

    SpinJsonNode summary = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "roadmapSummary");
    assertThat(summary.prop("title").stringValue()).isEqualTo("Дорожная карта МБОУ «СОШ № 5» по наставничеству");
    assertThat(summary.prop("approvals").elements()).extracting(SpinJsonNode::stringValue)
        .containsExactly("Утверждаю: Директор МБОУ «СОШ № 5» И.И. Иванов");
    assertThat(summary.prop("documentOwner").stringValue()).isEqualTo("МБОУ «СОШ № 5»");
    assertThat(summary.prop("ownerWarning").stringValue()).contains("«МБОУ «СОШ № 5»»").contains("«СОШ № 1»").contains(CONFIRMATION);
    SpinJsonNode items = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "roadmapItems");
    assertThat(items.elements().get(0).prop("executors").stringValue()).contains("СОШ № 1: директор и заместители, наставники");
    long before = roadmaps.count();

    String title = "Дорожная карта наставничества СОШ № 1";
    submitRefused("curator1", review, vars("decision", "CONFIRM", "roadmapTitle", "  ", "ownerConfirmed", true),
        "Укажите название дорожной карты");
    submitRefused("curator1", review, vars("decision", "CONFIRM", "roadmapTitle", "Д".repeat(501), "ownerConfirmed", true),
        "Название дорожной карты не длиннее 500 символов (сейчас 501)");
    submitRefused("curator1", review, vars("decision", "CONFIRM", "roadmapTitle", title, "ownerConfirmed", false), CONFIRMATION);
    submitRefused("curator1", review, vars("decision", "CONFIRM", "roadmapTitle", title), CONFIRMATION);
    assertThat(roadmaps.count()).as("nothing is stored before a valid confirmation").isEqualTo(before);

    submitOk("curator1", review, vars("decision", "CONFIRM", "roadmapTitle", " " + title + " ", "ownerConfirmed", true));

    Long roadmapId = roadmapOf(review);
    assertThat(jdbc.queryForMap("select title, document_owner, owner_confirmed from roadmap where id = ?", roadmapId))
        .containsEntry("title", title).containsEntry("document_owner", "МБОУ «СОШ № 5»").containsEntry("owner_confirmed", true);
    assertThat(jdbc.queryForMap("select kind, signatory_position, signatory_name, document_kind from roadmap_approval"
        + " where roadmap_id = ?", roadmapId))
        .containsEntry("kind", "APPROVED_BY_HEAD").containsEntry("signatory_position", "Директор МБОУ «СОШ № 5»")
        .containsEntry("signatory_name", "И.И. Иванов").containsEntry("document_kind", null);

    JsonNode view = JSON.readTree(as("curator1").getForEntity("/api/roadmaps/" + roadmapId + "/progress", String.class).getBody());
    assertThat(view.get("title").asText()).isEqualTo(title);
    assertThat(view.get("documentOwner").asText()).isEqualTo("МБОУ «СОШ № 5»");
    assertThat(view.get("ownerConfirmed").asBoolean()).isTrue();
    assertThat(view.get("approvals")).hasSize(1);
    assertThat(view.get("approvals").get(0).get("kind").asText()).isEqualTo("APPROVED_BY_HEAD");
    assertThat(view.get("approvals").get(0).get("signatoryName").asText()).isEqualTo("И.И. Иванов");
    assertThat(view.get("approvals").get(0).get("description").asText()).isEqualTo("Утверждаю: Директор МБОУ «СОШ № 5» И.И. Иванов");
  }

  @Test
  void aSchoolItemNamingTheDirectorAndMentorsGivesEachATaskAndTheRestGoToTheCurators() throws Exception {
    Task review = upload(schoolRoadmap(1, LocalDate.now(KHM).plusDays(10)));
    SpinJsonNode summary = (SpinJsonNode) taskService.getVariableLocal(review.getId(), "roadmapSummary");
    assertThat(summary.prop("ownerWarning").isNull()).as("the document is СОШ № 1's own").isTrue();

    // No checkbox needed, and a form without a title keeps the document's.
    submitOk("curator1", review, vars("decision", "CONFIRM"));
    Long roadmapId = roadmapOf(review);
    assertThat(roadmaps.findById(roadmapId).orElseThrow().getTitle()).isEqualTo("Дорожная карта МБОУ «СОШ № 1» по наставничеству");

    List<Task> tasks = RoadmapImports.await("четыре задачи дорожной карты школы", () -> {
      List<Task> open = imports().tasksOf(roadmapId);
      return open.size() == 4 ? open : null;
    });
    Map<String, List<Set<String>>> byItem = tasks.stream().collect(Collectors.groupingBy(
        t -> t.getName().substring(0, 2), Collectors.mapping(this::groupsOf, Collectors.toList())));
    assertThat(byItem.get("1.")).containsExactlyInAnyOrder(Set.of("directors-khm-sch1"), Set.of("mentors-khm-sch1"));
    assertThat(byItem.get("2.")).containsExactly(Set.of("curators-khm-sch1"));
    assertThat(byItem.get("3.")).containsExactly(Set.of("curators-khm-sch1"));
    assertThat(tasks).extracting(Task::getName).anySatisfy(name -> assertThat(name).contains("СОШ № 1 (наставники)"))
        .anySatisfy(name -> assertThat(name).contains("СОШ № 1 (директор и заместители)"));
    assertThat(jdbc.queryForList("select o.escalation_group from roadmap_occurrence o join roadmap_item i on i.id = o.item_id"
        + " where i.roadmap_id = ? and i.number = '1.' order by o.responsible_group", String.class, roadmapId))
        .containsExactly("managers-khm", "directors-khm-sch1");

    // The mentors of the school see their task in Tasklist.
    JsonNode seenByMentor = JSON.readTree(as("mentor1a").getForEntity(
        "/engine-rest/task?processDefinitionKey=RoadmapItemProcess&candidateGroup=mentors-khm-sch1&maxResults=100", String.class)
        .getBody());
    assertThat(seenByMentor.findValuesAsText("processInstanceId")).contains(tasks.stream()
        .filter(t -> groupsOf(t).contains("mentors-khm-sch1")).findFirst().orElseThrow().getProcessInstanceId());
  }

  @Test
  void aTargetOfMoreOrganizationsThanTheMunicipalityHasIsWarnedAtReview() throws Exception {
    int year = LocalDate.now(KHM).getYear();
    int schools = jdbc.queryForObject("""
        select count(*) from organization o join municipality m on m.id = o.municipality_id
        where m.code = 'khm' and o.kind in ('SCHOOL', 'KINDERGARTEN', 'COLLEGE', 'ADDITIONAL_EDUCATION')""", Integer.class);
    String document = "№\tМероприятие\tПоказатель\tСрок\tОтветственный\n"
        + "1.\tРазработать положения о наставничестве\t" + year + " г. – " + (schools + 40) + "\tдо 20.12." + year
        + "\tОбразовательные организации\n"
        + "2.\tПровести семинары для кураторов\t" + year + " г. – " + (schools + 40) + " мероприятий\tдо 20.12." + year
        + "\tОбразовательные организации\n";
    ResponseEntity<String> started = imports().upload("coordinator", "municipal-" + System.nanoTime() + ".txt",
        document.getBytes(StandardCharsets.UTF_8), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(started.getBody()).get("id").asText()).singleResult();

    String warnings = taskService.getVariableLocal(review.getId(), "roadmapWarnings").toString();
    assertThat(warnings).contains("Мероприятие 1. Разработать положения о наставничестве: показатель на " + year + " г. — "
        + (schools + 40) + ", а образовательных организаций в муниципалитете " + schools);
    // Counted in events, not organizations: the seminars get the unit's warning, not this one.
    assertThat(warnings).doesNotContain("Мероприятие 2. Провести семинары для кураторов: показатель на")
        .contains("Мероприятие 2.: показатель считает «мероприятий»");
    taskService.complete(review.getId(), java.util.Map.of("decision", "CANCEL"));
  }
}
