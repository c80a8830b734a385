package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.monitoring.MonitoringStage;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The monitoring calendar in the workspace, edited as days and times: a school's curator and the
 * department are refused first, then the coordinator's mistakes are named next to their fields and
 * change nothing, a check shows the next year's dates without saving, and a save stores the cron the
 * schedule runs on.
 */
class MonitoringCalendarPageIT extends IntegrationTestSupport {

  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCoordinatorChecksAndSavesTheCalendarAsDatesWhileOthersAreRefused() throws Exception {
    WorkspaceTown town = WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts,
        transaction, jdbc), "wcal", "Город Календарей");
    String page = "/nastavnik/municipalities/" + town.municipalityId() + "/monitoring-calendar";
    Map<String, String> moved = fields(Map.of(MonitoringStage.ORG_REPORTS_OPEN, new String[] {"02.12", "10:30"}));

    // A school's curator may neither read nor change the municipality's calendar.
    WorkspaceSession curator = WorkspaceSession.loggedIn(port, town.login("curator"));
    assertThat(curator.get(page).statusCode()).isEqualTo(403);
    curator.get("/nastavnik/schools/" + town.school().getId());
    HttpResponse<String> curatorSave = curator.post(page, with(moved, "action", "save"));
    assertThat(curatorSave.statusCode()).isEqualTo(403);
    assertThat(stored(town)).isZero();

    // The department reads it, without the buttons, and cannot save it.
    WorkspaceSession manager = WorkspaceSession.loggedIn(port, town.login("manager"));
    HttpResponse<String> managerView = manager.get(page);
    assertThat(managerView.statusCode()).isEqualTo(200);
    assertThat(managerView.body()).contains("Календарь меняет координатор муниципалитета").doesNotContain(">Сохранить<");
    HttpResponse<String> managerSave = manager.post(page, with(moved, "action", "save"));
    assertThat(managerSave.statusCode()).isEqualTo(403);
    assertThat(managerSave.body()).contains("Календарь мониторинга меняет координатор муниципалитета");
    assertThat(stored(town)).isZero();

    // The coordinator sees the decree's calendar as days and times.
    WorkspaceSession coordinator = WorkspaceSession.loggedIn(port, town.login("coordinator"));
    HttpResponse<String> view = coordinator.get(page);
    assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
    assertThat(view.body()).contains("Город Календарей: календарь мониторинга")
        .contains("name=\"day_ORG_REPORTS_DUE\" value=\"15.12\"").contains("name=\"time_ORG_REPORTS_DUE\" value=\"18:00\"");

    // Mistakes are named next to their fields, the input is kept, nothing is stored.
    HttpResponse<String> noSuchDay = coordinator.post(page, with(fields(Map.of(MonitoringStage.ORG_REPORTS_DUE,
        new String[] {"31.02", "25:00"})), "action", "save"));
    assertThat(noSuchDay.statusCode()).isEqualTo(400);
    assertThat(noSuchDay.body()).contains("Календарь не изменён").contains("Дня «31.02» нет в календаре")
        .contains("«25:00» — не время").contains("id=\"error-day_ORG_REPORTS_DUE\"").contains("value=\"31.02\"");
    HttpResponse<String> wrongOrder = coordinator.post(page, with(fields(Map.of(MonitoringStage.ORG_REPORTS_OPEN,
        new String[] {"20.12", "09:00"})), "action", "save"));
    assertThat(wrongOrder.statusCode()).isEqualTo(400);
    assertThat(wrongOrder.body()).contains("Этап должен наступать позже этапа «" + MonitoringStage.ORG_REPORTS_OPEN.title() + "»");
    assertThat(stored(town)).isZero();

    // A check shows the next monitoring year's dates with the change, and stores nothing.
    int next = AcademicYear.of(LocalDate.now(ZONE)).startYear() + 1;
    HttpResponse<String> check = coordinator.post(page, with(moved, "action", "check"));
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    assertThat(check.body()).contains("Что изменится в " + next + "/" + (next + 1) + " учебном году")
        .contains("01.12." + next + " 09:00").contains("02.12." + next + " 10:30").contains("(изменено)");
    assertThat(stored(town)).isZero();

    // Saved: the cron the schedule runs on, and the notice what it means for the year already open.
    HttpResponse<String> save = coordinator.post(page, with(moved, "action", "save"));
    assertThat(save.statusCode()).as(save.body()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select cron from monitoring_schedule where municipality_id = ? and stage = ?",
        String.class, town.municipalityId(), MonitoringStage.ORG_REPORTS_OPEN.name())).isEqualTo("0 30 10 2 12 *");
    assertThat(stored(town)).isEqualTo(1);
    HttpResponse<String> after = coordinator.get(page);
    assertThat(after.body()).contains("Календарь изменён").contains("name=\"day_ORG_REPORTS_OPEN\" value=\"02.12\"")
        .contains("name=\"time_ORG_REPORTS_OPEN\" value=\"10:30\"");

    // Saving the same days again changes nothing and says so.
    HttpResponse<String> again = coordinator.post(page, with(moved, "action", "save"));
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(coordinator.get(page).body()).contains("Календарь не изменился");
  }

  private int stored(WorkspaceTown town) {
    return jdbc.queryForObject("select count(*) from monitoring_schedule where municipality_id = ?", Integer.class,
        town.municipalityId());
  }

  /** Every stage's day and time as the page shows the decree's calendar, with some stages changed. */
  private static Map<String, String> fields(Map<MonitoringStage, String[]> changed) {
    Map<MonitoringStage, String> crons = new java.util.EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      crons.put(stage, stage.defaultCron());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    MonitoringCalendarForm.of(crons).getEntries().forEach((stage, entry) -> {
      String[] value = changed.getOrDefault(stage, new String[] {entry.day(), entry.time()});
      fields.put("day_" + stage.name(), value[0]);
      fields.put("time_" + stage.name(), value[1]);
    });
    return fields;
  }

  private static Map<String, String> with(Map<String, String> fields, String key, String value) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put(key, value);
    return all;
  }
}
