package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.system.CurrentUser;

/**
 * «Выбрать наставника» in Tasklist (headless Chromium): in a municipality of its own, the first request
 * has no other request to form a group with, and the group-mentoring block is not shown; the
 * second request's choice shows it with the first one. The reason field of the exclusion appears
 * once a mentor is ticked for exclusion.
 */
class ChooseMentorFormBrowserIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final String GROUP_LABEL = "Групповое наставничество";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired Accounts accounts;
  @Autowired ConsentService consents;
  @Autowired MentorBankService mentorBank;
  @Autowired TransactionTemplate transaction;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1300,1800");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private long created(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(response.getBody()).get("id").asLong();
  }

  /** A participant of the school with a login, the demo password and the personal-data consent. */
  private long person(long school, String login, String fullName, String role) throws Exception {
    long id = created(post("demo", "/api/people", Map.of("organizationId", school, "fullName", fullName, "experienceYears",
        "CURATOR".equals(role) ? 12 : 1, "subjects", List.of("Биология"), "login", login, "roles", List.of(role))));
    created(post("demo", "/api/people/" + id + "/consents", Map.of("kind", "PERSONAL_DATA", "givenBy", fullName,
        "givenByRelation", "SELF")));
    accounts.setPassword(login, DEMO_PASSWORD);
    return id;
  }

  /** The curator files the mentee's request and accepts it; returns the request id. */
  private long acceptedRequest(String curator, String mentee) throws Exception {
    ResponseEntity<String> filed = post(curator, "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of("menteeLogin", variable(mentee, "String"),
            "difficulties", variable("[\"CLASS_TEACHER\"]", "Json"), "subject", variable("Биология", "String"),
            "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    Task review = taskService.createTaskQuery().processInstanceId(JSON.readTree(filed.getBody()).get("id").asText())
        .singleResult();
    long requestId = (Long) taskService.getVariable(review.getId(), "requestId");
    submitOk(curator, review, vars("decision", "ACCEPT"));
    return requestId;
  }

  private String openInTasklist(Task task) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Подходящие наставники"));
    return browser.findElement(By.tagName("body")).getText();
  }

  @Test
  void theGroupBlockIsShownOnlyWhenThereIsARequestToFormAGroupWith() throws Exception {
    // A municipality of its own: the demo municipality's figures stay as other tests count them.
    long region = created(post("demo", "/api/regions", Map.of("code", "grp-region", "name", "Область групп")));
    long municipality = created(post("demo", "/api/municipalities", Map.of("regionId", region, "code", "grp",
        "name", "Город групп", "timeZone", "Asia/Yekaterinburg")));
    long school = created(post("demo", "/api/organizations", Map.of("municipalityId", municipality, "kind", "SCHOOL",
        "code", "grp-sch", "name", "МБОУ «Школа группового наставничества»", "shortName", "Школа групп")));
    person(school, "curator-grp", "Кураторова Ольга Викторовна", "CURATOR");
    long mentor = person(school, "mentor-grp", "Наставникова Елена Петровна", "MENTOR");
    person(school, "mentee-grp1", "Первова Анна Ильинична", "MENTEE");
    person(school, "mentee-grp2", "Второв Илья Андреевич", "MENTEE");
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      consents.record(ADMIN, mentor, ConsentKind.MENTORING_DUTIES, "Наставникова Елена Петровна", ConsentGiver.SELF, null, null);
      return mentorBank.registerApproved(mentor, Set.of("CLASS_TEACHER"), Set.of(MentoringForm.TRADITIONAL), 3,
          TrainingStatus.COMPLETED, "demo", Instant.now());
    }));

    long first = acceptedRequest("curator-grp", "mentee-grp1");
    Task firstChoice = awaitTask("PairFormationProcess", first, "UserTask_ChooseMentor");
    assertThat(((SpinJsonNode) taskService.getVariableLocal(firstChoice.getId(), "groupOptions")).elements()).isEmpty();

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys("curator-grp");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));

    String alone = openInTasklist(firstChoice);
    assertThat(alone).contains("Наставникова Елена Петровна").doesNotContain(GROUP_LABEL).doesNotContain("Почему исключены");
    // Ticking a mentor for exclusion brings up the reason field.
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        browser.findElement(By.cssSelector(".fjs-form input[type='checkbox']")));
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Почему исключены"));

    long second = acceptedRequest("curator-grp", "mentee-grp2");
    Task secondChoice = awaitTask("PairFormationProcess", second, "UserTask_ChooseMentor");
    String withGroup = openInTasklist(secondChoice);
    assertThat(withGroup).contains(GROUP_LABEL).contains("Запрос № " + first + ": Первова Анна Ильинична");
  }
}
