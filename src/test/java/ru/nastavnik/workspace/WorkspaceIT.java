package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The workspace pages at /nastavnik/ as each role sees them, in a municipality of its own: the
 * curator's panel, lists and actions (through the same services as the REST API), the director's
 * and the coordinator's view, the mentee's own pair; and the attacks — another school's curator,
 * a mentee, no login, a forged form, user text with a script.
 */
class WorkspaceIT extends IntegrationTestSupport {

  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
  private static final String ACTIVE = ru.nastavnik.pair.PairStatus.ACTIVE.title();

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired Notifier notifier;

  private WorkspaceTown town(String code, String name) {
    return WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts, transaction, jdbc),
        code, name);
  }

  private WorkspaceSession session(String login) throws Exception {
    return WorkspaceSession.loggedIn(port, login);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private String pairStatus(long pairId) {
    return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pairId);
  }

  @Test
  void theCuratorRunsHerSchoolAndTheMenteeSeesHerPair() throws Exception {
    WorkspaceTown town = town("wsa", "Город Кабинетов");
    long school = town.school().getId();
    String base = "/nastavnik/schools/" + school;
    long first = town.formPair(this, tasks, history, jdbc, "mentee");
    long second = town.formPair(this, tasks, history, jdbc, "mentee2");
    LocalDate meeting = LocalDate.now(ZONE).plusDays(3);
    town.approveProgram(this, tasks, second, meeting);

    WorkspaceSession curator = session(town.login("curator"));
    HttpResponse<String> start = curator.get("/nastavnik/");
    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(location(start)).endsWith(base);

    HttpResponse<String> panel = curator.get(base);
    assertThat(panel.statusCode()).as(panel.body()).isEqualTo(200);
    assertThat(panel.body()).contains("Школа А: наставничество").contains("100 %")
        .contains("молодых специалистов с наставником: 2 из 2").contains("Пары по этапам")
        .contains("Все принятые запросы обслуживаются.");
    // Both pairs are fixed by the director's order.
    assertThat(panel.body()).containsPattern(ACTIVE + "</a>\\s*</td>\\s*<td class=\"num\">2</td>");

    HttpResponse<String> requests = curator.get(base + "/requests?q=новичкова");
    assertThat(requests.body()).contains("Новичкова Мария Андреевна").doesNotContain("Молодцова Елена Игоревна")
        .contains("Найдено: 1.").contains("/api/registries/mentees.xlsx?organizationId=" + school);
    HttpResponse<String> mentors = curator.get(base + "/mentors");
    assertThat(mentors.body()).contains("Опытнова Вера Николаевна").contains("2 / 2")
        .contains("/api/registries/mentors.xlsx?organizationId=" + school);
    HttpResponse<String> pairs = curator.get(base + "/pairs");
    assertThat(pairs.body()).contains("Завершить досрочно")
        .contains(base + "/pairs/" + first + "/end").contains("/api/registries/programs.xlsx?organizationId=" + school);

    // The registry downloads with the same session.
    HttpResponse<String> registry = curator.get("/api/registries/mentees.xlsx?organizationId=" + school);
    assertThat(registry.statusCode()).isEqualTo(200);
    assertThat(registry.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");

    // End a pair early: the reason is required (the service's Russian message next to the field), then it ends.
    curator.get(base + "/pairs/" + first + "/end");
    HttpResponse<String> noReason = curator.post(base + "/pairs/" + first + "/end", Map.of("reason", "  "));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Укажите причину досрочного завершения работы пары").contains("id=\"error-reason\"");
    assertThat(pairStatus(first)).isEqualTo("ACTIVE");
    HttpResponse<String> ended = curator.post(base + "/pairs/" + first + "/end", Map.of("reason", "Переезд <b>наставляемой</b>"));
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(302);
    assertThat(pairStatus(first)).isEqualTo("ENDED_EARLY");
    assertThat(curator.get(base + "/pairs").body()).contains("Работа пары № " + first + " завершена досрочно.")
        .contains("Переезд &lt;b&gt;наставляемой&lt;/b&gt;").doesNotContain("<b>наставляемой</b>");
    assertThat(curator.get(base).body()).contains("молодых специалистов с наставником: 1 из 2").contains("50 %");

    // Add a teacher: errors next to the fields with the input kept; user text is escaped.
    curator.get(base + "/people/new");
    HttpResponse<String> blank = curator.post(base + "/people", Map.of("fullName", " ", "position", "Учитель химии"));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Укажите ФИО").contains("value=\"Учитель химии\"");
    HttpResponse<String> taken = curator.post(base + "/people", Map.of("fullName", "Повторов Иван", "login",
        town.login("mentor"), "roles", "MENTOR", "position", "Учитель физики"));
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("id=\"error-login\"").contains("value=\"Учитель физики\"")
        .contains("value=\"" + town.login("mentor") + "\"");
    HttpResponse<String> added = curator.post(base + "/people", Map.of("fullName", "<script>alert(1)</script> Скриптов",
        "position", "Учитель информатики", "experienceYears", "12", "email", "skriptov@workspace.test"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    HttpResponse<String> list = curator.get(base + "/people?q=скриптов");
    assertThat(list.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Скриптов").doesNotContain("<script>alert(1)");
    Long added1 = jdbc.queryForObject("select id from person where full_name = ?", Long.class,
        "<script>alert(1)</script> Скриптов");

    // Record and withdraw a consent through the consent service.
    String consentsPage = base + "/people/" + added1 + "/consents";
    curator.get(consentsPage);
    HttpResponse<String> wrongRelation = curator.post(consentsPage, Map.of("kind", "PERSONAL_DATA",
        "givenBy", "Скриптов", "relation", "PARENT"));
    assertThat(wrongRelation.statusCode()).isEqualTo(400);
    assertThat(wrongRelation.body()).contains("Совершеннолетний участник даёт согласие сам").contains("id=\"error-relation\"");
    HttpResponse<String> recorded = curator.post(consentsPage, Map.of("kind", "PERSONAL_DATA", "givenBy", "Скриптов",
        "relation", "SELF", "document", "№ 5"));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
    Long consentId = jdbc.queryForObject("select id from consent where person_id = ?", Long.class, added1);
    assertThat(consents.hasValid(added1, ru.nastavnik.consent.ConsentKind.PERSONAL_DATA)).isTrue();
    curator.get(consentsPage);
    assertThat(curator.post(consentsPage + "/" + consentId + "/withdraw", Map.of("reason", "Отозвано письменно"))
        .statusCode()).isEqualTo(302);
    assertThat(consents.hasValid(added1, ru.nastavnik.consent.ConsentKind.PERSONAL_DATA)).isFalse();
    assertThat(curator.get(consentsPage).body()).contains("отозвано: Отозвано письменно");

    // The mentee: her pair, its next meeting and what is expected of her; no school pages.
    WorkspaceSession mentee = session(town.login("mentee2"));
    HttpResponse<String> home = mentee.get("/nastavnik/");
    assertThat(location(home)).endsWith("/nastavnik/me");
    HttpResponse<String> mine = mentee.get("/nastavnik/me");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains("Пара № " + second + " — " + ACTIVE).contains("Опытнова Вера Николаевна")
        .contains(meeting.format(RU) + " — Встреча-знакомство")
        .contains("Завершить программу пары № " + second + ": итоговая анкета и отчёт")
        .doesNotContain("Пара № " + first + " ");
    assertThat(mentee.get(base).statusCode()).isEqualTo(403);
    assertThat(mentee.get(base + "/requests").statusCode()).isEqualTo(403);
    assertThat(mentee.post(base + "/pairs/" + second + "/end", Map.of("reason", "Хочу другого")).statusCode()).isEqualTo(403);
    assertThat(pairStatus(second)).isEqualTo("ACTIVE");

    // The director sees the school but may not end a pair: only the curator may.
    WorkspaceSession director = session(town.login("director"));
    assertThat(director.get(base).statusCode()).isEqualTo(200);
    assertThat(director.get(base + "/pairs").body()).doesNotContain(base + "/pairs/" + second + "/end");
    director.get(base + "/pairs");
    HttpResponse<String> refused = director.post(base + "/pairs/" + second + "/end", Map.of("reason", "Решение директора"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Досрочно завершить работу пары может только куратор наставничества");
    assertThat(pairStatus(second)).isEqualTo("ACTIVE");

    // The coordinator: the municipality summed with a row per school; the curator gets no municipal panel.
    WorkspaceSession coordinator = session(town.login("coordinator"));
    HttpResponse<String> municipal = coordinator.get("/nastavnik/municipalities/" + town.municipalityId());
    assertThat(municipal.statusCode()).as(municipal.body()).isEqualTo(200);
    assertThat(municipal.body()).contains("Город Кабинетов: наставничество").contains("Школа А").contains("Итого")
        .contains("молодых специалистов с наставником: 1 из 2");
    assertThat(coordinator.get(base).statusCode()).isEqualTo(200);
    assertThat(curator.get("/nastavnik/municipalities/" + town.municipalityId()).statusCode()).isEqualTo(403);

    // A curator of another school (demo СОШ № 1) gets none of this school's pages or pairs.
    WorkspaceSession stranger = session("curator1");
    for (String page : new String[] {"", "/requests", "/mentors", "/pairs", "/people", "/people/new",
        "/pairs/" + second + "/end", "/people/" + added1 + "/consents"}) {
      HttpResponse<String> response = stranger.get(base + page);
      assertThat(response.statusCode()).as(page).isEqualTo(403);
      assertThat(response.body()).as(page).doesNotContain("Новичкова").doesNotContain("Молодцова");
    }
    long own = jdbc.queryForObject("select p.organization_id from person p where p.login = 'curator1'", Long.class);
    assertThat(stranger.get("/nastavnik/schools/" + own + "/pairs/" + second + "/end").statusCode()).isEqualTo(404);
    stranger.get("/nastavnik/schools/" + own);
    assertThat(stranger.post("/nastavnik/schools/" + own + "/pairs/" + second + "/end", Map.of("reason", "Чужая пара"))
        .statusCode()).isEqualTo(404);
    assertThat(stranger.post(base + "/pairs/" + second + "/end", Map.of("reason", "Чужая пара")).statusCode())
        .isEqualTo(403);
    assertThat(stranger.post(base + "/people", Map.of("fullName", "Чужаков Пётр")).statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from person where full_name = 'Чужаков Пётр'", Integer.class)).isZero();
    assertThat(stranger.get("/api/registries/mentees.xlsx?organizationId=" + school).statusCode()).isEqualTo(403);
    assertThat(pairStatus(second)).isEqualTo("ACTIVE");
  }

  @Test
  void withoutALoginOrFromAnotherSiteNothingChanges() throws Exception {
    WorkspaceTown town = town("wsc", "Город Защиты");
    String base = "/nastavnik/schools/" + town.school().getId();

    WorkspaceSession nobody = WorkspaceSession.anonymous(port);
    HttpResponse<String> redirected = nobody.get(base + "/pairs?q=1");
    assertThat(redirected.statusCode()).isEqualTo(302);
    assertThat(location(redirected)).contains("/nastavnik/login?next=").contains("pairs");
    HttpResponse<String> login = nobody.get(location(redirected).replaceFirst("^https?://[^/]+", ""));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Вход в кабинет наставничества");
    // The page returns only to a path of the workspace itself.
    assertThat(nobody.get("/nastavnik/login?next=//evil.example/").body()).contains("data-next=\"/nastavnik/\"");
    assertThat(nobody.postRaw(base + "/people", Map.of("fullName", "Анонимов"), null).statusCode()).isEqualTo(401);

    WorkspaceSession curator = session(town.login("curator"));
    curator.get(base + "/people/new");
    HttpResponse<String> noToken = curator.postRaw(base + "/people", Map.of("fullName", "Подделкин Олег"), null);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("защитой от подделки запросов");
    HttpResponse<String> otherSite = curator.postRaw(base + "/people", Map.of("fullName", "Подделкин Олег",
        "_csrf", curator.token()), "https://evil.example");
    assertThat(otherSite.statusCode()).isEqualTo(403);
    HttpResponse<String> wrongToken = curator.postRaw(base + "/people", Map.of("fullName", "Подделкин Олег",
        "_csrf", "0" + curator.token()), null);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from person where full_name = 'Подделкин Олег'", Integer.class)).isZero();
    assertThat(curator.post(base + "/people", Map.of("fullName", "Настоящев Олег")).statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select count(*) from person where full_name = 'Настоящев Олег'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void lettersShowWhatTheUserReceivedAndNothingSentToAnotherSchool() throws Exception {
    WorkspaceTown own = town("wsl", "Город Писем");
    WorkspaceTown other = town("wsm", "Город Чужих Писем");
    notifier.notifyGroup(GroupNames.curators(own.school().getCode()), "Напоминание <script>alert(1)</script>",
        "Запрос № 7 ждёт рассмотрения.\nОткройте Tasklist.");
    notifier.notifyGroup(GroupNames.curators(other.school().getCode()), "Чужое напоминание", "Не для куратора А");

    // No login: the page is behind the workspace's door like every other.
    HttpResponse<String> nobody = WorkspaceSession.anonymous(port).get("/nastavnik/letters");
    assertThat(nobody.statusCode()).isEqualTo(302);
    assertThat(location(nobody)).contains("/nastavnik/login");

    HttpResponse<String> letters = session(own.login("curator")).get("/nastavnik/letters");
    assertThat(letters.statusCode()).as(letters.body()).isEqualTo(200);
    assertThat(letters.body()).contains("Письма").contains("Запрос № 7 ждёт рассмотрения.\nОткройте Tasklist.")
        .contains("Напоминание &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
        .doesNotContain("Чужое напоминание").doesNotContain("Не для куратора А");
    assertThat(session(other.login("curator")).get("/nastavnik/letters").body())
        .contains("Чужое напоминание").doesNotContain("Запрос № 7 ждёт рассмотрения");
  }
}
