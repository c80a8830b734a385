package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.system.CurrentUser;

/**
 * The organization's report task shows the figures of the moment Tasklist opens it, not those of
 * the moment the task was created: a mentor who joins the bank meanwhile is counted.
 */
class ReportFiguresRefreshIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;

  private String reportTextAsOpened(String login, Task task) throws Exception {
    var response = as(login).getForEntity("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false", String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody()).at("/reportText/value").asText();
  }

  @Test
  void theFiguresAreTheCurrentOnesWhenTheFormIsOpened() throws Exception {
    MonitoringMunicipality municipality = MonitoringMunicipality.create(
        new MonitoringMunicipality.Services(organizations, people, consents, accounts, transaction, jdbc), "mrf", "Город Обновлённый");
    assertThat(as("mrf-coordinator").exchange("/api/monitoring/schedule?municipalityId=" + municipality.municipalityId(),
        HttpMethod.PUT, json(Map.of("ORG_REPORTS_OPEN", "0 0 0 1 9 *", "ORG_REPORTS_DUE", "0 0 18 30 8 *",
            "ANALYTIC_REPORT_DUE", "0 0 18 31 8 *")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("mrf-coordinator", "/api/monitoring/campaigns?municipalityId=" + municipality.municipalityId(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    Task report = eventually("задача отчёта школы", () -> taskService.createTaskQuery().taskCandidateGroup("curators-mrf-a").singleResult());
    assertThat(report).as("the school's report task").isNotNull();
    assertThat(reportTextAsOpened("mrf-curator-a", report)).contains("Наставников в банке наставников | 1 |");

    // A second mentor joins the school's bank after the task was created.
    CurrentUser.runAs(new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP)), () -> transaction.execute(status -> {
      Person mentor = people.create(new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP)), new PersonData(municipality.schoolA().getId(), "Новоприбывшая Галина", null, Set.of(), 20,
          null, null, false, "mrf-mentor-2", EnumSet.of(Role.MENTOR)));
      jdbc.update("insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by,"
          + " submitted_at) values (?, ?, 1, 'APPROVED', 'COMPLETED', 'demo', current_timestamp)", mentor.getId(),
          municipality.schoolA().getId());
      return null;
    }));

    assertThat(reportTextAsOpened("mrf-curator-a", report)).contains("Наставников в банке наставников | 2 |");
  }
}
