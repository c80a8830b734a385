package ru.nastavnik.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/** Invitations and password resets: one-time links that set a password under the password rules. */
class InvitationIT extends IntegrationTestSupport {

  private static final String STRONG = "Vesna#Luna_48";

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private OnboardingSchools schools;

  @BeforeEach
  void schools() {
    schools = OnboardingSchools.ensure(organizations, people, accounts, transaction, jdbc);
  }

  @Test
  void invitedPersonSetsAPasswordAndLogsInAndTheLinkWorksOnce() throws Exception {
    long id = mentor("onb-invited1", "Приглашённая Вера Павловна");
    // The attack first: the curator of another school may not invite school A's mentor.
    ResponseEntity<String> foreign = post("onb-curator-b", "/api/people/" + id + "/invitation", Map.of());
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from account_token where person_id = ?", Integer.class, id)).isZero();

    JsonNode invitation = invite("onb-curator-a", id);
    assertThat(invitation.get("emailed").asBoolean()).isTrue();
    String token = token(invitation.get("link").asText());
    assertThat(jdbc.queryForObject("select token_hash from account_token where person_id = ?", String.class, id))
        .isEqualTo(Secrets.sha256(token)).isNotEqualTo(token);
    assertThat(jdbc.queryForObject("select body from notification where recipient_group = 'onb-invited1'"
        + " order by id desc limit 1", String.class)).contains(invitation.get("link").asText()).contains("onb-invited1");
    assertThat(rest.withBasicAuth("onb-invited1", STRONG).getForEntity("/api/people/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> weak = setPassword(token, "qwerty");
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("Пароль короче 10 символов");
    ResponseEntity<String> withName = setPassword(token, "Vera-onb-invited1!");
    assertThat(withName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withName.getBody()).contains("не должен содержать логин");

    ResponseEntity<String> set = setPassword(token, STRONG);
    assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> me = rest.withBasicAuth("onb-invited1", STRONG).getForEntity("/api/people/me", String.class);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(me.getBody()).get("id").asLong()).isEqualTo(id);

    ResponseEntity<String> again = setPassword(token, "Other#Pass_93");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(json.readTree(again.getBody()).get("detail").asText()).contains("уже использована");
    assertThat(rest.withBasicAuth("onb-invited1", "Other#Pass_93").getForEntity("/api/people/me", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anExpiredOrReplacedLinkIsGone() throws Exception {
    long id = mentor("onb-invited2", "Просроченный Глеб Ильич");
    String first = token(invite("onb-curator-a", id).get("link").asText());
    String second = token(invite("onb-curator-a", id).get("link").asText());
    ResponseEntity<String> replaced = setPassword(first, STRONG);
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(replaced.getBody()).contains("заменена");

    // Eight days later than issued: the link has lived its seven days.
    jdbc.update("update account_token set expires_at = created_at - interval '1 day' where token_hash = ?",
        Secrets.sha256(second));
    ResponseEntity<String> expired = setPassword(second, STRONG);
    assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(json.readTree(expired.getBody()).get("detail").asText()).contains("Срок действия ссылки истёк");

    ResponseEntity<String> unknown = setPassword("no-such-token", STRONG);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aForgottenPasswordIsResetByLinkAndTheAnswerRevealsNobody() throws Exception {
    long id = mentor("onb-forgetful", "Забывчивая Дина Олеговна");
    String token = token(invite("onb-curator-a", id).get("link").asText());
    assertThat(setPassword(token, STRONG).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> known = rest.postForEntity("/api/invitations/reset", json(Map.of("login", "onb-forgetful")),
        String.class);
    ResponseEntity<String> unknown = rest.postForEntity("/api/invitations/reset", json(Map.of("login", "nobody-here")),
        String.class);
    assertThat(known.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(unknown.getBody()).isEqualTo(known.getBody());

    String letter = jdbc.queryForObject("select body from notification where recipient_group = 'onb-forgetful'"
        + " order by id desc limit 1", String.class);
    assertThat(letter).contains("сбросить пароль");
    // A second request within minutes sends no second letter, and answers the same.
    ResponseEntity<String> repeated = rest.postForEntity("/api/invitations/reset", json(Map.of("email",
        "onb-forgetful@onb-a.test")), String.class);
    assertThat(repeated.getBody()).isEqualTo(known.getBody());
    assertThat(jdbc.queryForObject("select count(*) from account_token where person_id = ? and purpose = 'RESET'",
        Integer.class, id)).isEqualTo(1);
    String newPassword = "Zima!Sneg_2027";
    assertThat(setPassword(token(letter), newPassword).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("onb-forgetful", newPassword).getForEntity("/api/people/me", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("onb-forgetful", STRONG).getForEntity("/api/people/me", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyoneOfTheSchoolWithoutAPasswordIsInvitedInOneCall() throws Exception {
    long id = mentor("onb-bulk1", "Массовая Ева Сергеевна");
    ResponseEntity<String> response = post("onb-curator-a", "/api/people/invitations?organizationId=" + schools.schoolA(),
        Map.of());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode rows = json.readTree(response.getBody());
    List<String> logins = rows.findValuesAsText("login");
    assertThat(logins).contains("onb-bulk1").doesNotContain("onb-curator-a", "onb-director-a");
    for (JsonNode row : rows) {
      if (row.get("personId").asLong() == id) {
        assertThat(row.get("link").asText()).contains("/invitation.html#");
      }
    }
    assertThat(post("onb-curator-b", "/api/people/invitations?organizationId=" + schools.schoolA(), Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long mentor(String login, String name) throws Exception {
    ResponseEntity<String> created = post("onb-curator-a", "/api/people", Map.of("organizationId", schools.schoolA(),
        "fullName", name, "email", login + "@onb-a.test", "login", login, "roles", List.of("MENTOR"),
        "experienceYears", 12));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(created.getBody()).get("id").asLong();
  }

  private JsonNode invite(String login, long id) throws Exception {
    ResponseEntity<String> response = post(login, "/api/people/" + id + "/invitation", Map.of());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> setPassword(String token, String password) {
    return rest.postForEntity("/api/invitations/" + token, json(Map.of("password", password)), String.class);
  }

  private static String token(String text) {
    Matcher matcher = Pattern.compile("/invitation\\.html#([A-Za-z0-9_-]+)").matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group(1);
  }
}
