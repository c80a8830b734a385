package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.DocumentChecks.assertOfficialLayout;
import static ru.nastavnik.documents.DocumentChecks.assertSignature;
import static ru.nastavnik.documents.DocumentChecks.open;
import static ru.nastavnik.documents.DocumentChecks.paragraphs;
import static ru.nastavnik.documents.DocumentChecks.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonRepository;

/**
 * The director's orders as Word documents: the draft of the order fixing a pair linked from the
 * director's task, its final copy with the number and date entered there, and the draft order
 * appointing a curator; each opened with Apache POI, each closed to a foreign school.
 */
class PairOrderIT extends IntegrationTestSupport {

  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Autowired TaskService taskService;
  @Autowired MentorProfileRepository mentors;
  @Autowired PersonRepository people;
  @Autowired Accounts accounts;

  private ResponseEntity<String> complete(String login, Task task, Map<String, Object> variables) {
    return post(login, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables));
  }

  private ResponseEntity<byte[]> download(String login, String url) {
    return as(login).getForEntity(url, byte[].class);
  }

  @Test
  void theDirectorsTaskLinksTheDraftOrderAndTheNumberAndDateGoIntoTheFinalCopy() throws Exception {
    // a new teacher of school 2 of our own: the demo mentees' requests belong to other tests
    long requestId = new DemoRequests(this, taskService, people)
        .acceptedRequestOfANewTeacher("kostina", "Костина Вера Андреевна", "[\"ASSESSMENT\",\"LESSON_PLANNING\"]");
    accounts.setPassword("kostina", DEMO_PASSWORD);
    long mentor = mentors.findByPersonId(people.findByLogin("mentor2a").orElseThrow().getId()).orElseThrow().getId();
    Task choose = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    assertThat(complete("curator2", choose, Map.of("mentorProfileId", variable(String.valueOf(mentor), "String")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task mentorTask = awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms");
    long pairId = (Long) taskService.getVariable(mentorTask.getId(), "pairId");
    // no order before both sides agree
    ResponseEntity<String> early = as("director2").getForEntity("/api/pairs/" + pairId + "/order.docx", String.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getBody()).contains("когда наставник и наставляемый согласны");
    assertThat(complete("mentor2a", mentorTask, Map.of("accepted", variable("true", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task menteeTask = awaitTask("PairFormationProcess", requestId, "UserTask_MenteeConfirms");
    assertThat(complete("kostina", menteeTask, Map.of("accepted", variable("true", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task order = awaitTask("PairFormationProcess", requestId, "UserTask_IssueOrder");
    String summary = (String) taskService.getVariableLocal(order.getId(), PairFormationProcess.PAIR_SUMMARY.name());
    assertThat(summary).contains("(/api/pairs/" + pairId + "/order.docx)");

    // a foreign school's curator first, then the director
    assertThat(download("curator1", "/api/pairs/" + pairId + "/order.docx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download("curator-vlg5", "/api/pairs/" + pairId + "/order.docx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> draft = download("director2", "/api/pairs/" + pairId + "/order.docx");
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(draft.getHeaders().getContentDisposition().getFilename()).startsWith("Проект приказа");
    try (XWPFDocument doc = open(draft.getBody(), "order-pair-draft.docx")) {
      assertOfficialLayout(doc);
      assertThat(paragraphs(doc)).startsWith("МБОУ «Средняя общеобразовательная школа № 2»", "ПРИКАЗ");
      assertThat(paragraphs(doc)).contains("О закреплении наставнических пар (групп)", "ПРИКАЗЫВАЮ:", "г. Ханты-Мансийск");
      String text = text(doc);
      assertThat(text).contains("«___» ____________ 20___ г.\t№ ________", "Основание: согласие наставника П. Н. Григорьев",
          "Положение о наставничестве в СОШ № 2", "С приказом ознакомлены:", "Федорова Светлана Олеговна");
      XWPFTable pairs = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Наставник"))
          .findFirst().orElseThrow();
      assertThat(pairs.getNumberOfRows()).isEqualTo(2);
      assertThat(pairs.getRow(1).getCell(1).getText()).isEqualTo("Григорьев Павел Николаевич, учитель математики");
      assertThat(pairs.getRow(1).getCell(2).getText()).isEqualTo("Костина Вера Андреевна");
      assertThat(pairs.getRow(1).getCell(3).getText()).isEqualTo("Традиционная (один на один)");
      assertThat(pairs.getRow(1).getCell(4).getText()).startsWith("с даты приказа, по персонализированной программе (не позднее 31.08.");
      assertSignature(doc, "Директор", "Т. М. Орлова");
    }

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));
    assertThat(complete("director2", order, Map.of("orderNumber", variable("45-о", "String"),
        "orderDate", variable(today.toString(), "String"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<byte[]> issued = download("curator2", "/api/pairs/" + pairId + "/order.docx");
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(issued.getHeaders().getContentDisposition().getFilename()).startsWith("Приказ № 45-о от " + RU.format(today));
    try (XWPFDocument doc = open(issued.getBody(), "order-pair-issued.docx")) {
      assertThat(text(doc)).contains(RU.format(today) + "\t№ 45-о", "с " + RU.format(today) + ", по персонализированной программе");
    }
  }

  @Test
  void theCuratorsAppointmentIsADraftForTheSchoolAndTheDepartment() throws Exception {
    long school = people.findByLogin("director2").orElseThrow().getOrganization().getId();
    long curator = people.findByLogin("curator2").orElseThrow().getId();
    String url = "/api/organizations/" + school + "/curator-order.docx";

    assertThat(download("director1", url + "?personId=" + curator).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download("mentor2a", url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badDate = as("director2").getForEntity(url + "?date=31.02.2026", String.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).contains("Дата приказа «31.02.2026» не распознана");
    long foreign = people.findByLogin("curator1").orElseThrow().getId();
    ResponseEntity<String> notHere = as("director2").getForEntity(url + "?personId=" + foreign, String.class);
    assertThat(notHere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notHere.getBody()).contains("не работает в «СОШ № 2»");

    ResponseEntity<byte[]> order = download("director2", url + "?personId=" + curator + "&number=12-к&date=01.09.2026");
    assertThat(order.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = open(order.getBody(), "order-curator.docx")) {
      assertOfficialLayout(doc);
      assertThat(paragraphs(doc)).startsWith("МБОУ «Средняя общеобразовательная школа № 2»", "ПРИКАЗ");
      String text = text(doc);
      assertThat(text).contains("01.09.2026\t№ 12-к", "О назначении куратора реализации программ наставничества",
          "1. Назначить куратором реализации программ наставничества в СОШ № 2 с 01.09.2026: Федорова Светлана Олеговна,"
              + " заместитель директора по УВР, куратор наставничества.", "С приказом ознакомлен(а):", "С. О. Федорова");
      assertSignature(doc, "Директор", "Т. М. Орлова");
      assertThat(paragraphs(doc)).contains("Орлова Татьяна Михайловна");
    }
    // the department downloads the draft of the present curator's appointment, with blanks for number and date
    ResponseEntity<byte[]> draft = download("manager", url);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = open(draft.getBody(), "order-curator-draft.docx")) {
      assertThat(text(doc)).contains("«___» ____________ 20___ г.\t№ ________", "с даты издания приказа: Федорова Светлана");
    }
  }
}
