package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * Invitations from the workspace's «Педагоги» page: another school's curator is refused first, then
 * the school's curator invites a teacher, the page shows the one-time link, the teacher sets a
 * password with it and logs in; «Пригласить всех» invites those still without a password.
 */
class WorkspaceInvitationsIT extends IntegrationTestSupport {

  private static final Pattern LINK = Pattern.compile("value=\"(http[^\"]*/invitation\\.html#([^\"]+))\"");

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

  private long personId(String login) {
    return jdbc.queryForObject("select id from person where login = ?", Long.class, login);
  }

  private int invitations(long person) {
    return jdbc.queryForObject("select count(*) from account_token where person_id = ?", Integer.class, person);
  }

  @Test
  void theCuratorInvitesATeacherWhoSetsAPasswordAndLogsInWhileAnotherSchoolIsRefused() throws Exception {
    WorkspaceTown town = town("wsi", "Город Приглашений");
    WorkspaceTown other = town("wsj", "Город Соседей");
    long school = town.school().getId();
    String base = "/nastavnik/schools/" + school;
    long mentor = personId(town.login("mentor"));

    // Another town's curator: neither through her own school's address nor through this one's.
    WorkspaceSession stranger = WorkspaceSession.loggedIn(port, other.login("curator"));
    stranger.get("/nastavnik/schools/" + other.school().getId() + "/people");
    HttpResponse<String> viaOwn = stranger.post("/nastavnik/schools/" + other.school().getId() + "/people/" + mentor
        + "/invitation", Map.of());
    assertThat(viaOwn.statusCode()).isEqualTo(403);
    HttpResponse<String> viaTheirs = stranger.post(base + "/people/" + mentor + "/invitation", Map.of());
    assertThat(viaTheirs.statusCode()).isEqualTo(403);
    assertThat(invitations(mentor)).isZero();

    // The school's curator invites the mentor: the page shows the link until the person uses it.
    WorkspaceSession curator = WorkspaceSession.loggedIn(port, town.login("curator"));
    HttpResponse<String> page = curator.get(base + "/people");
    assertThat(page.body()).contains("aria-label=\"Пригласить: Опытнова Вера Николаевна\"")
        .contains("Пригласить всех без пароля");
    HttpResponse<String> invited = curator.post(base + "/people/" + mentor + "/invitation", Map.of());
    assertThat(invited.statusCode()).isEqualTo(302);
    HttpResponse<String> shown = curator.get(base + "/people");
    assertThat(shown.body()).contains("Приглашение для «Опытнова Вера Николаевна» создано и отправлено на почту.")
        .contains("Ссылки для установки пароля").contains("логин " + town.login("mentor"));
    Matcher link = LINK.matcher(shown.body());
    assertThat(link.find()).as(shown.body()).isTrue();
    assertThat(invitations(mentor)).isEqualTo(1);

    // The mentor sets a password with the link and logs in with it.
    ResponseEntity<String> set = rest.postForEntity("/api/invitations/" + link.group(2),
        json(Map.of("password", "Mentor-2026-secret!")), String.class);
    assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody()).contains("Пароль задан");
    ResponseEntity<String> me = rest.withBasicAuth(town.login("mentor"), "Mentor-2026-secret!")
        .getForEntity("/api/people/me", String.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me.getBody()).contains("Опытнова Вера Николаевна");
    ResponseEntity<String> again = rest.postForEntity("/api/invitations/" + link.group(2),
        json(Map.of("password", "Another-2026-secret!")), String.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);

    // «Пригласить всех»: nobody else is without a password of their own — until a teacher is added with a login.
    assertThat(curator.post(base + "/invitations", Map.of()).statusCode()).isEqualTo(302);
    assertThat(curator.get(base + "/people").body()).contains("Приглашать некого: у всех участников с логином уже есть свой пароль.");
    curator.get(base + "/people/new");
    HttpResponse<String> added = curator.post(base + "/people", Map.of("fullName", "Новенькая Ольга Петровна",
        "experienceYears", "1", "login", town.login("newbie"), "roles", "MENTEE"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    curator.get(base + "/people");
    assertThat(curator.post(base + "/invitations", Map.of()).statusCode()).isEqualTo(302);
    HttpResponse<String> bulk = curator.get(base + "/people");
    assertThat(bulk.body()).contains("Приглашения созданы: 1.").contains("Новенькая Ольга Петровна (логин " + town.login("newbie"))
        .doesNotContain("(логин " + town.login("mentor"));
    assertThat(invitations(personId(town.login("newbie")))).isEqualTo(1);
    assertThat(invitations(mentor)).isEqualTo(1);
  }
}
