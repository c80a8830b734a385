package ru.nastavnik.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * Readable names of process instances for Cockpit: every process gets «what · for whom» without a
 * person's name, and only those who may read an instance in the engine learn its name.
 */
class ProcessTitleIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessTitles titles;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  @Test
  void theNameOfAnInstanceIsToldOnlyToThoseWhoMayReadIt() throws Exception {
    WebappsMunicipality town = WebappsMunicipality.create(new WebappsMunicipality.Services(organizations, people, consents,
        accounts, transaction, jdbc), "wpt", "Город Названий");
    ResponseEntity<String> filed = post(town.login("mentee"),
        "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of("difficulties", variable("[\"ASSESSMENT\"]", "Json"),
            "subject", variable("математика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String instance = JSON.readTree(filed.getBody()).get("id").asText();
    long requestId = (Long) runtimeService.getVariable(instance, "requestId");
    String url = "/api/process-titles?processInstanceId=" + instance + "&processInstanceId=no-such-instance";

    for (String reader : new String[] {town.login("coordinator"), town.login("manager"), "demo"}) {
      JsonNode answer = JSON.readTree(as(reader).getForEntity(url, String.class).getBody());
      assertThat(answer.get(instance).asText()).as(reader).isEqualTo("Запрос № " + requestId + " · Школа А");
      assertThat(answer.size()).isEqualTo(1);
    }
    // Another municipality's department and the school's own curator (Tasklist only) read no instances in the engine.
    for (String stranger : new String[] {"manager", town.login("curator"), town.login("mentee")}) {
      ResponseEntity<String> answer = as(stranger).getForEntity(url, String.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(JSON.readTree(answer.getBody()).size()).as(stranger).isZero();
    }

    String tooMany = IntStream.range(0, ProcessTitleController.MAX_INSTANCES + 1).mapToObj(i -> "processInstanceId=x" + i)
        .collect(Collectors.joining("&"));
    ResponseEntity<String> refused = as("demo").getForEntity("/api/process-titles?" + tooMany, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Не больше 200 экземпляров процессов за один запрос");
    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyProcessIsNamedByWhatItWorksOnAndForWhom() {
    transaction.executeWithoutResult(status -> {
      status.setRollbackOnly();
      // The demo data: a municipal roadmap with an overdue item 1.1. at school 3, completed pairs, mentors.
      Map<String, Object> roadmap = jdbc.queryForMap("select r.id, r.period_start, o.short_name from roadmap r"
          + " join organization o on o.id = r.organization_id where r.title like '%(демо)'");
      int from = ((java.sql.Date) roadmap.get("period_start")).toLocalDate().getYear();
      long occurrence = jdbc.queryForObject("select c.id from roadmap_occurrence c join roadmap_item i on i.id = c.item_id"
          + " join organization o on o.id = c.organization_id where i.roadmap_id = ? and i.number = '1.1.' and o.code = 'khm-sch3'",
          Long.class, roadmap.get("id"));
      long pair = jdbc.queryForObject("select min(p.id) from mentoring_pair p join organization o on o.id = p.organization_id"
          + " where o.code = 'khm-sch1'", Long.class);
      long request = jdbc.queryForObject("select request_id from mentoring_pair where id = ?", Long.class, pair);
      long profile = jdbc.queryForObject("select p.id from mentor_profile p join person x on x.id = p.person_id"
          + " where x.login = 'mentor2a'", Long.class);
      long program = jdbc.queryForObject("select min(id) from mentoring_program where pair_id = ?", Long.class, pair);
      long school1 = jdbc.queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
      long practice = jdbc.queryForObject("insert into practice (program_id, organization_id, title, description, status,"
          + " proposed_at) values (?, ?, 'Практика', 'Описание', 'PROPOSED', current_timestamp) returning id",
          Long.class, program, school1);
      long municipality = jdbc.queryForObject("select id from municipality where code = 'khm'", Long.class);
      long campaign = jdbc.queryForObject("insert into monitoring_campaign (municipality_id, academic_year, status, opened_at)"
          + " values (?, 1999, 'OPEN', current_timestamp) returning id", Long.class, municipality);
      long report = jdbc.queryForObject("insert into monitoring_report (campaign_id, kind, organization_id, status, due_at, late,"
          + " escalations, returns, created_at) values (?, 'SCHOOL_SELF_DIAGNOSTICS', ?, 'REQUESTED', current_timestamp, false, 0, 0,"
          + " current_timestamp) returning id", Long.class, campaign, school1);

      assertThat(title("MentoringRequestProcess", null, Map.of("requestId", request))).isEqualTo("Запрос № " + request + " · СОШ № 1");
      assertThat(title("PairFormationProcess", String.valueOf(request), Map.of())).isEqualTo("Запрос № " + request + " · СОШ № 1");
      assertThat(title("MentoringProgramProcess", String.valueOf(pair), Map.of())).isEqualTo("Пара № " + pair + " · СОШ № 1");
      assertThat(title("MentorEnrollmentProcess", null, Map.of("mentorProfileId", profile)))
          .isEqualTo("Анкета наставника № " + profile + " · СОШ № 2");
      assertThat(title("PracticeReviewProcess", String.valueOf(practice), Map.of())).isEqualTo("Практика № " + practice + " · СОШ № 1");
      assertThat(title("RoadmapImportProcess", null, Map.of("ownerCode", "khm-cro"))).isEqualTo("Загрузка дорожной карты · ЦРО");
      assertThat(title("RoadmapProcess", String.valueOf(roadmap.get("id")), Map.of()))
          .isEqualTo("Дорожная карта " + from + "–" + (from + 1) + " · " + roadmap.get("short_name"));
      assertThat(title("RoadmapItemProcess", String.valueOf(occurrence), Map.of()))
          .isEqualTo("Дорожная карта " + from + "–" + (from + 1) + " · п. 1.1 · СОШ № 3");
      assertThat(title("AnnualMonitoringProcess", "khm-1999", Map.of("monitoringCampaignId", campaign)))
          .isEqualTo("Мониторинг 1999/2000 · Город Ханты-Мансийск");
      assertThat(title("OrganizationReportProcess", String.valueOf(report), Map.of())).isEqualTo("Самодиагностика 1999/2000 · СОШ № 1");
      // A record that no longer exists (erased) or a process we do not know has no name.
      assertThat(titles.title(new ProcessTitles.Instance("PairFormationProcess", "999999999", Map.of()))).isEmpty();
      assertThat(titles.title(new ProcessTitles.Instance("SomeOtherProcess", "1", Collections.emptyMap()))).isEmpty();
    });
  }

  @Test
  void itemsAndPeriodsAreWrittenAsInTheDocument() {
    assertThat(ProcessTitles.item("1.2.", "Формирование базы")).isEqualTo("п. 1.2");
    assertThat(ProcessTitles.item(" 3 ", "Формирование базы")).isEqualTo("п. 3");
    assertThat(ProcessTitles.item(null, " Августовский педагогический совет ")).isEqualTo("«Августовский педагогический совет»");
    assertThat(ProcessTitles.item("", "Очень длинное название мероприятия дорожной карты, которое не помещается в список"))
        .startsWith("«Очень длинное название мероприятия").endsWith("…»").hasSizeLessThanOrEqualTo(62);
    assertThat(ProcessTitles.period(java.sql.Date.valueOf(LocalDate.of(2026, 1, 1)), java.sql.Date.valueOf(LocalDate.of(2028, 12, 31))))
        .isEqualTo("2026–2028");
    assertThat(ProcessTitles.period(java.sql.Date.valueOf(LocalDate.of(2026, 9, 1)), java.sql.Date.valueOf(LocalDate.of(2026, 12, 31))))
        .isEqualTo("2026");
    assertThat(ProcessTitles.number("12")).isEqualTo(12L);
    assertThat(ProcessTitles.number(12L)).isEqualTo(12L);
    assertThat(ProcessTitles.number("khm-2026")).isNull();
  }

  private String title(String process, String businessKey, Map<String, Object> variables) {
    return titles.title(new ProcessTitles.Instance(process, businessKey, variables)).orElse(null);
  }
}
