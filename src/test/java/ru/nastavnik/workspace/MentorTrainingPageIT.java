package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The curator marks a mentor's training in the school's mentor bank: another town's curator is
 * refused first, an unknown status is named (escaped) and changes nothing, then the mark is stored.
 */
class MentorTrainingPageIT extends IntegrationTestSupport {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  private WorkspaceTown town(String code, String name) {
    return WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts, transaction, jdbc),
        code, name);
  }

  private String training(long profile) {
    return jdbc.queryForObject("select training_status from mentor_profile where id = ?", String.class, profile);
  }

  @Test
  void theCuratorMarksHerMentorsTrainingAndNobodyElseCan() throws Exception {
    WorkspaceTown town = town("wmt", "Город Обучения");
    WorkspaceTown other = town("wmu", "Город Соседей Обучения");
    String mentors = "/nastavnik/schools/" + town.school().getId() + "/mentors";
    long profile = jdbc.queryForObject("select m.id from mentor_profile m join person p on p.id = m.person_id where p.login = ?",
        Long.class, town.login("mentor"));
    assertThat(training(profile)).isEqualTo("COMPLETED");

    WorkspaceSession stranger = WorkspaceSession.loggedIn(port, other.login("curator"));
    String theirs = "/nastavnik/schools/" + other.school().getId() + "/mentors";
    stranger.get(theirs);
    assertThat(stranger.post(theirs + "/" + profile + "/training", Map.of("trainingStatus", "NOT_STARTED")).statusCode())
        .isEqualTo(403);
    assertThat(stranger.post(mentors + "/" + profile + "/training", Map.of("trainingStatus", "NOT_STARTED")).statusCode())
        .isEqualTo(403);
    assertThat(training(profile)).isEqualTo("COMPLETED");

    WorkspaceSession curator = WorkspaceSession.loggedIn(port, town.login("curator"));
    assertThat(curator.get(mentors).body()).contains("aria-label=\"Отметить обучение: Опытнова Вера Николаевна\"");
    HttpResponse<String> bad = curator.post(mentors + "/" + profile + "/training", Map.of("trainingStatus", "<b>X</b>"));
    assertThat(bad.statusCode()).isEqualTo(302);
    assertThat(curator.get(mentors).body()).contains("Неизвестный статус обучения «&lt;b&gt;X&lt;/b&gt;»")
        .doesNotContain("«<b>X</b>»");
    assertThat(training(profile)).isEqualTo("COMPLETED");

    HttpResponse<String> marked = curator.post(mentors + "/" + profile + "/training", Map.of("trainingStatus", "IN_PROGRESS"));
    assertThat(marked.statusCode()).isEqualTo(302);
    assertThat(training(profile)).isEqualTo("IN_PROGRESS");
    assertThat(curator.get(mentors).body()).contains("Наставник «Опытнова Вера Николаевна»: проходит обучение.")
        .containsPattern("<option value=\"IN_PROGRESS\" selected=\"selected\">Проходит обучение</option>");
  }
}
