package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.documents.DocumentChecks;
import ru.nastavnik.documents.OfficialXlsx;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The monitoring year of a municipality of its own, end to end through the REST APIs the users'
 * applications call: the coordinator sets the calendar and opens the year, the curators get
 * their report tasks, one reports (bad input first), the other does not and is escalated, the
 * coordinator compiles the analytic report, the department returns it and then acknowledges it;
 * the DOCX and XLSX documents are opened with Apache POI. The calendar is set so that the
 * organizations are asked at once and every deadline lies in the future: the deadlines are then
 * reached by running their timer jobs, whatever the date the tests run on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KHM = MonitoringMunicipality.ZONE;

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private long municipalityId;
  private Organization schoolA;

  @BeforeAll
  void aMunicipalityWithTwoSchools() {
    MonitoringMunicipality municipality = MonitoringMunicipality.create(
        new MonitoringMunicipality.Services(organizations, people, consents, accounts, transaction, jdbc), "mon", "Город мониторинга");
    municipalityId = municipality.municipalityId();
    schoolA = municipality.schoolA();
  }

  private ResponseEntity<String> put(String login, String url, Object body) {
    return as(login).exchange(url, HttpMethod.PUT, json(body), String.class);
  }

  private ResponseEntity<byte[]> download(String login, String url) {
    return as(login).exchange(url, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
  }

  private JsonNode campaign(long id) throws Exception {
    ResponseEntity<String> response = as("mon-manager").getForEntity("/api/monitoring/campaigns/" + id, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private JsonNode report(JsonNode campaign, String organization) {
    for (JsonNode report : campaign.get("reports")) {
      if (report.get("organization").asText().equals(organization)) {
        return report;
      }
    }
    throw new AssertionError("Нет отчёта " + organization + " в " + campaign);
  }

  private Task awaitTask(String processInstanceId, String key, String candidateGroup) {
    return eventually("задача " + key + " для " + candidateGroup, () -> {
      var query = taskService.createTaskQuery().taskDefinitionKey(key).taskCandidateGroup(candidateGroup);
      if (processInstanceId != null) {
        query.processInstanceId(processInstanceId);
      }
      return query.singleResult();
    });
  }

  private void runTimer(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    assertThat(job).as("таймер " + activityId).isNotNull();
    managementService.executeJob(job.getId());
    awaitAsyncSteps(processInstanceId);
  }

  private static String docxText(byte[] content) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
         XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static byte[] bytes(FileValue file) throws Exception {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    }
  }

  @Test
  void theMonitoringYearRunsFromTheOrganizationsReportsToTheDepartmentsAcknowledgement() throws Exception {
    // The calendar: a bad cron is refused and changes nothing.
    ResponseEntity<String> bad = put("mon-coordinator", "/api/monitoring/schedule?municipalityId=" + municipalityId,
        Map.of("ORG_REPORTS_OPEN", "0 0 9 1 9 *", "ORG_REPORTS_DUE", "каждый декабрь"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("не cron-выражение");
    JsonNode schedule = JSON.readTree(as("mon-coordinator")
        .getForEntity("/api/monitoring/schedule?municipalityId=" + municipalityId, String.class).getBody());
    assertThat(schedule.get("ORG_REPORTS_OPEN").asText()).isEqualTo("0 0 9 1 12 *");
    ResponseEntity<String> set = put("mon-coordinator", "/api/monitoring/schedule?municipalityId=" + municipalityId,
        Map.of("ORG_REPORTS_OPEN", "0 0 0 1 9 *", "ORG_REPORTS_DUE", "0 0 18 30 8 *", "ANALYTIC_REPORT_DUE", "0 0 18 31 8 *",
            "PROGRAM_ASSESSMENT_OPEN", "0 0 9 31 8 *", "PROGRAM_ASSESSMENT_DUE", "0 0 11 31 8 *",
            "JUNE_STAGES_OPEN", "0 0 10 31 8 *", "EFFECTIVENESS_DUE", "0 0 12 31 8 *", "DECISIONS_DUE", "0 0 13 31 8 *"));
    assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
    // A calendar that cannot work is refused, and the one set stays.
    ResponseEntity<String> impossible = put("mon-coordinator", "/api/monitoring/schedule?municipalityId=" + municipalityId,
        Map.of("ORG_REPORTS_DUE", "0 0 18 31 2 *"));
    assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(impossible.getBody()).contains("не наступает ни разу").contains("Календарь не изменён");
    assertThat(put("mon-curator-a", "/api/monitoring/schedule?municipalityId=" + municipalityId,
        Map.of("ORG_REPORTS_OPEN", "0 0 9 2 9 *")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // The coordinator opens the year (a curator may not); opening twice is refused.
    assertThat(post("mon-curator-a", "/api/monitoring/campaigns?municipalityId=" + municipalityId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> opened = post("mon-coordinator", "/api/monitoring/campaigns?municipalityId=" + municipalityId, null);
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.OK);
    String yearInstance = JSON.readTree(opened.getBody()).get(0).asText();
    ResponseEntity<String> twice = post("mon-coordinator", "/api/monitoring/campaigns?municipalityId=" + municipalityId, null);
    assertThat(twice.getStatusCode().is4xxClientError()).isTrue();
    assertThat(twice.getBody()).contains("уже открыт");
    long campaignId = (Long) runtimeService.getVariable(yearInstance, AnnualMonitoringProcess.CAMPAIGN_ID.name());
    int year = MonitoringSchedule.academicYear(Instant.now(), KHM);

    // The organizations are asked at once (1 September has passed); nobody has reported yet.
    Task taskA = awaitTask(null, "UserTask_FileOrganizationReport", "curators-mon-a");
    Task taskB = awaitTask(null, "UserTask_FileOrganizationReport", "curators-mon-b");
    JsonNode view = campaign(campaignId);
    assertThat(view.get("period").asText()).isEqualTo(year + "/" + (year + 1) + " учебный год");
    assertThat(view.get("notReported")).extracting(JsonNode::asText).containsExactly("Школа А", "Школа Б");
    assertThat(view.get("timeline").get("ORG_REPORTS_DUE").asText()).isEqualTo((year + 1) + "-08-30T13:00:00Z");
    // A change of the calendar now applies from next year: the open year's deadline stays, and the answer says so.
    ResponseEntity<String> later = put("mon-coordinator", "/api/monitoring/schedule?municipalityId=" + municipalityId,
        Map.of("ORG_REPORTS_DUE", "0 0 17 30 8 *"));
    assertThat(later.getStatusCode()).as(later.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(later.getBody()).get("notice").asText()).contains("не изменились")
        .contains((year + 1) + "/" + (year + 2) + " учебный год");
    assertThat(campaign(campaignId).get("timeline").get("ORG_REPORTS_DUE").asText()).isEqualTo((year + 1) + "-08-30T13:00:00Z");
    long reportA = report(view, "Школа А").get("id").asLong();
    long reportB = report(view, "Школа Б").get("id").asLong();
    String text = (String) taskService.getVariableLocal(taskA.getId(), AnnualMonitoringProcess.REPORT_TEXT.name());
    assertThat(text).contains("| Наставников в банке наставников | 1 |")
        .contains("/api/monitoring/reports/" + reportA + "/spravka.docx");

    // Bad input changes nothing; another school's curator cannot complete the task.
    ResponseEntity<String> empty = post("mon-curator-a", "/engine-rest/task/" + taskA.getId() + "/submit-form",
        Map.of("variables", Map.of("reportComments", variable("  ", "String"))));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("Опишите, как реализуется наставничество в организации");
    ResponseEntity<String> foreign = post("mon-curator-b", "/engine-rest/task/" + taskA.getId() + "/submit-form",
        Map.of("variables", Map.of("reportComments", variable("Чужой отчёт", "String"))));
    assertThat(foreign.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(report(campaign(campaignId), "Школа А").get("status").asText()).isEqualTo("REQUESTED");

    ResponseEntity<String> filed = post("mon-curator-a", "/engine-rest/task/" + taskA.getId() + "/submit-form",
        Map.of("variables", Map.of("reportComments", variable("Наставничество охватило всех молодых педагогов", "String"),
            "reportDifficulties", variable("Нехватка времени у наставников", "String"),
            "reportPlans", variable("Открыть школу наставников", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(report(campaign(campaignId), "Школа А").get("status").asText()).isEqualTo("SUBMITTED");
    var attached = historyService.createHistoricVariableInstanceQuery().processInstanceId(taskA.getProcessInstanceId())
        .variableName(OrganizationReportProcess.REPORT_DOCX.name()).singleResult();
    assertThat(docxText(bytes((FileValue) attached.getTypedValue()))).contains("Нехватка времени у наставников");

    // The school's own «Аналитическая справка»: the curator downloads it, the other school may not.
    ResponseEntity<byte[]> docA = download("mon-curator-a", "/api/monitoring/reports/" + reportA + "/spravka.docx");
    assertThat(docA.getStatusCode()).isEqualTo(HttpStatus.OK);
    String spravka = docxText(docA.getBody());
    assertThat(spravka).contains("АНАЛИТИЧЕСКАЯ СПРАВКА", "Муниципальное бюджетное общеобразовательное учреждение «Школа А»",
        "Период: " + year + "/" + (year + 1) + " учебный год", "Наставников в банке наставников\t1",
        "Нехватка времени у наставников", "Открыть школу наставников",
        // the executor is the curator who filed it; the school has no director in our data: blanks to sign by hand
        "Кураторова Анна", "e-mail: mon-curator-a@monitoring.test");
    try (XWPFDocument doc = DocumentChecks.open(docA.getBody(), "monitoring-school-a.docx")) {
      DocumentChecks.assertOfficialLayout(doc);
      DocumentChecks.assertSignature(doc, "Руководитель", "_______________");
      assertThat(doc.getAllPictures()).hasSize(1);
    }
    assertThat(download("mon-curator-b", "/api/monitoring/reports/" + reportA + "/spravka.docx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // School B's deadline passes: it is escalated and shown as not reported; the coordinator's task opens.
    runTimer(taskB.getProcessInstanceId(), "BoundaryEvent_DeadlinePassed");
    runTimer(yearInstance, "TimerEvent_OrgReportsDue");
    view = campaign(campaignId);
    assertThat(view.get("notReported")).extracting(JsonNode::asText).containsExactly("Школа Б");
    assertThat(report(view, "Школа Б").get("status").asText()).isEqualTo("OVERDUE");
    assertThat(report(view, "Школа Б").get("escalations").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from notification where recipient_group = 'managers-mon' and subject like ?",
        Integer.class, "%Школа Б%")).isEqualTo(1);

    Task compile = awaitTask(yearInstance, "UserTask_CompileMunicipalReport", "coordinators-mon");
    assertThat((String) taskService.getVariableLocal(compile.getId(), AnnualMonitoringProcess.REPORT_TEXT.name()))
        .contains("**Не представили отчёты:** Школа Б");
    ResponseEntity<String> noConclusions = post("mon-coordinator", "/engine-rest/task/" + compile.getId() + "/submit-form",
        Map.of("variables", Map.of()));
    assertThat(noConclusions.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noConclusions.getBody()).contains("Напишите выводы и предложения");
    assertThat(post("mon-coordinator", "/engine-rest/task/" + compile.getId() + "/submit-form",
        Map.of("variables", Map.of("reportConclusions", variable("Охват наставничеством растёт", "String"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // The documents sent are attached to the process instance.
    FileValue docx = runtimeService.getVariableTyped(yearInstance, AnnualMonitoringProcess.ANALYTIC_REPORT_DOCX.name());
    assertThat(docx.getFilename()).endsWith(".docx");
    assertThat(docxText(bytes(docx))).contains("Центр развития образования", "Охват наставничеством растёт",
        "Не представили отчёты: Школа Б", "Показатели образовательных организаций");
    try (XWPFDocument doc = DocumentChecks.open(bytes(docx), "monitoring-municipal.docx")) {
      DocumentChecks.assertOfficialLayout(doc);
      DocumentChecks.assertSignature(doc, "Муниципальный координатор", "О. Координаторова");
      assertThat(doc.getAllPictures()).hasSize(1);
    }
    FileValue xlsx = runtimeService.getVariableTyped(yearInstance, AnnualMonitoringProcess.ANALYTIC_REPORT_XLSX.name());
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.getValue())) {
      Sheet byOrganization = workbook.getSheet("По организациям");
      Row schoolRow = null;
      for (Row row : byOrganization) {
        if ("Школа А".equals(row.getCell(0).getStringCellValue())) {
          schoolRow = row;
        }
      }
      assertThat(schoolRow).isNotNull();
      assertThat(byOrganization.getRow(OfficialXlsx.HEADER_ROW).getCell(1).getStringCellValue()).isEqualTo("Наставников в банке");
      assertThat(schoolRow.getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(byOrganization.getRow(byOrganization.getLastRowNum()).getCell(0).getStringCellValue())
          .isEqualTo("Итого: Город мониторинга");
    }

    // The department returns it (a reason is required), the coordinator sends it again, the department acknowledges.
    Task review = awaitTask(yearInstance, "UserTask_ReviewMunicipalReport", "managers-mon");
    ResponseEntity<String> noReason = post("mon-manager", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("reviewDecision", variable("RETURN", "String"))));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("Укажите, что нужно доработать в отчёте");
    assertThat(post("mon-manager", "/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("reviewDecision", variable("RETURN", "String"),
            "reviewComment", variable("Добавьте анализ по Школе Б", "String")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    long municipalReport = (Long) runtimeService.getVariable(yearInstance, AnnualMonitoringProcess.MUNICIPAL_REPORT_ID.name());
    assertThat(report(campaign(campaignId), "ЦРО").get("status").asText()).isEqualTo("RETURNED");

    Task again = awaitTask(yearInstance, "UserTask_CompileMunicipalReport", "coordinators-mon");
    assertThat((String) taskService.getVariableLocal(again.getId(), AnnualMonitoringProcess.REPORT_TEXT.name()))
        .contains("Возвращён на доработку:** Добавьте анализ по Школе Б");
    assertThat(post("mon-coordinator", "/engine-rest/task/" + again.getId() + "/submit-form",
        Map.of("variables", Map.of("reportConclusions", variable("Школа Б не представила отчёт; направлено письмо", "String"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task reviewAgain = awaitTask(yearInstance, "UserTask_ReviewMunicipalReport", "managers-mon");
    assertThat(post("mon-manager", "/engine-rest/task/" + reviewAgain.getId() + "/submit-form",
        Map.of("variables", Map.of("reviewDecision", variable("ACKNOWLEDGE", "String")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode acknowledged = report(campaign(campaignId), "ЦРО");
    assertThat(acknowledged.get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(acknowledged.get("returns").asInt()).isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(yearInstance)).contains("TimerEvent_ProgramAssessment");
    assertThat(runtimeService.getVariables(yearInstance)).doesNotContainKeys("reportConclusions", "reviewDecision", "reviewComment");

    // May: the coordinator's program assessment; June: every school gets its own self-diagnostics task.
    runTimer(yearInstance, "TimerEvent_ProgramAssessment");
    Task assess = awaitTask(yearInstance, "UserTask_AssessPrograms", "coordinators-mon");
    assertThat(post("mon-coordinator", "/engine-rest/task/" + assess.getId() + "/submit-form",
        Map.of("variables", Map.of("stageSummary", variable("Затруднения молодых педагогов выявлены", "String"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(report(campaign(campaignId), "ЦРО").get("status").asText()).isEqualTo("ACKNOWLEDGED");
    runTimer(yearInstance, "TimerEvent_JuneStages");
    Task selfDiagnostics = awaitTask(null, "UserTask_FileOrganizationReport", "curators-mon-a");
    assertThat(selfDiagnostics.getName()).isEqualTo("Провести самодиагностику по наставничеству — Школа А");
    Task summary = awaitTask(yearInstance, "UserTask_SelfDiagnostics", "coordinators-mon");
    assertThat((String) taskService.getVariableLocal(summary.getId(), AnnualMonitoringProcess.REPORT_TEXT.name()))
        .contains("Справки самодиагностики образовательных организаций", "- Школа А: Запрошен", "- Школа Б: Запрошен");
    assertThat(post("mon-curator-a", "/engine-rest/task/" + selfDiagnostics.getId() + "/submit-form",
        Map.of("variables", Map.of("reportComments", variable("Программы реализуются, риски — нагрузка наставников", "String"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    long selfDiagnosticsA = jdbc.queryForObject("select id from monitoring_report where kind = 'SCHOOL_SELF_DIAGNOSTICS'"
        + " and organization_id = ?", Long.class, schoolA.getId());
    assertThat(docxText(download("mon-curator-a", "/api/monitoring/reports/" + selfDiagnosticsA + "/spravka.docx").getBody()))
        .contains("Справка по результатам самодиагностики образовательной организации", "риски — нагрузка наставников");

    // The municipal workbook through the REST API: the department may download it, a curator may not.
    ResponseEntity<byte[]> figures = download("mon-manager", "/api/monitoring/reports/" + municipalReport + "/figures.xlsx");
    assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
    DocumentChecks.keep(figures.getBody(), "monitoring-municipal-figures.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(figures.getBody()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Показатели");
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Центр развития образования");
    }
    assertThat(download("mon-curator-a", "/api/monitoring/reports/" + municipalReport + "/figures.xlsx").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theLiveFiguresAreForMunicipalStaffAndTheOrganizationsOwnPeople() throws Exception {
    ResponseEntity<String> municipal = as("mon-manager").getForEntity("/api/monitoring/figures?municipalityId=" + municipalityId,
        String.class);
    assertThat(municipal.getStatusCode()).as(municipal.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(municipal.getBody()).get("total").get("mentorsInBank").asInt()).isEqualTo(1);
    assertThat(as("mon-curator-a").getForEntity("/api/monitoring/figures?municipalityId=" + municipalityId, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> own = as("mon-curator-a").getForEntity("/api/monitoring/figures?municipalityId=" + municipalityId
        + "&organizationId=" + schoolA.getId(), String.class);
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(own.getBody()).get("organizations")).hasSize(1);
    assertThat(as("mon-curator-b").getForEntity("/api/monitoring/figures?municipalityId=" + municipalityId
        + "&organizationId=" + schoolA.getId(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
