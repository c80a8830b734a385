package ru.nastavnik.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * Walks Welcome, Tasklist, Cockpit and Admin in headless Chromium as every role they are for, while a
 * mentee's request goes through pair formation, and fails on any English word or «null» on the screen.
 *
 * <p>What may stay in Latin letters, and why:
 * <ul>
 *   <li>«Camunda» — the platform's name in the footer credit «Работает на платформе Camunda Platform»;</li>
 *   <li>«DOCX», «XLSX» — names of file formats beside the links that download the documents in them;</li>
 *   <li>anything with a digit (ids, versions, dates) and e-mail addresses — data, not words;</li>
 *   <li>in Cockpit, the technical identifiers it shows as such: process keys («Ключ определения»), logins
 *       and group ids, and the names, types and values of process variables in its variables table;</li>
 *   <li>in Admin (the administrator's tool for Camunda itself), also Camunda's permission names, group
 *       types and application ids, which the administrator types into Admin's forms as they are.</li>
 * </ul>
 * Tasklist and Welcome, where school staff work, get nothing else: not even logins or group ids.
 */
class RussianWebappsBrowserIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A run of Latin letters with what may be glued to it in an identifier. */
  private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9_.@/\\-]*[A-Za-z]{2}[A-Za-z0-9_.@/\\-]*");
  private static final Set<String> PROPER_NAMES = Set.of("Camunda", "DOCX", "XLSX");
  /** How the apps are called in every header, tile and menu. */
  private static final Map<String, String> APPS = Map.of("welcome", "Начальная страница", "tasklist", "Задачи",
      "cockpit", "Мониторинг процессов", "admin", "Администрирование");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1400,1000");
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyRoleSeesOnlyRussianInEveryWebappItWorksIn() throws Exception {
    WebappsMunicipality town = WebappsMunicipality.create(new WebappsMunicipality.Services(organizations, people, consents,
        accounts, transaction, jdbc), "wru", "Город Русский");
    String mentee = town.login("mentee");
    String curator = town.login("curator");
    String mentor = town.login("mentor");
    String director = town.login("director");

    // The mentee files a request (as Tasklist's start form does).
    ResponseEntity<String> filed = post(mentee, "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        Map.of("variables", Map.of("difficulties", variable("[\"ASSESSMENT\"]", "Json"),
            "subject", variable("математика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String requestInstance = JSON.readTree(filed.getBody()).get("id").asText();
    long requestId = (Long) runtimeService.getVariable(requestInstance, "requestId");

    logIn("welcome", mentee);
    checkWelcome(mentee, false);
    logIn("tasklist", mentee);
    openTasklistFilter("Мои задачи");
    checkPage("Tasklist наставляемого", "tasklist");
    clickText("a", "Запустить процесс");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content")));
    waitForText(".modal-content", "Запрос на наставничество");
    checkPage("Tasklist: запуск процесса", "tasklist");

    // The curator reviews it: the task with its form, process name and diagram.
    logIn("tasklist", curator);
    openTask("Задачи организации", "Рассмотреть запрос");
    checkPage("Tasklist куратора: рассмотрение запроса", "tasklist");
    assertDiagramShown("Запрос на наставничество");
    submitOk(curator, taskService.createTaskQuery().processInstanceId(requestInstance).singleResult(),
        vars("decision", "ACCEPT"));

    // Pair formation: the curator chooses the mentor; the definition was unreadable for curators before.
    Task choose = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    browser.navigate().refresh();
    openTask("Задачи организации", "Выбрать наставника");
    checkPage("Tasklist куратора: выбор наставника", "tasklist");
    assertDiagramShown("Формирование наставнической пары");
    String profile = jdbc.queryForObject("select p.id from mentor_profile p join person x on x.id = p.person_id where x.login = ?",
        Long.class, mentor).toString();
    submitOk(curator, choose, vars("mentorProfileId", profile));

    // The mentor agrees; the curators are named as candidates, not by their group id.
    Task mentorTask = awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms");
    logIn("tasklist", mentor);
    openTask("Мои задачи", "Подтвердить участие наставника");
    assertThat(bodyText()).contains("Кураторы: Школа А").doesNotContain("curators-" + town.code());
    checkPage("Tasklist наставника: подтверждение пары", "tasklist");
    assertDiagramShown("Формирование наставнической пары");
    // The curator sees whose the task is by name, not by login.
    logIn("tasklist", curator);
    openTasklistFilter("Задачи организации");
    waitForText(".tasks-list", "Подтвердить участие наставника");
    assertThat(text(".tasks-list")).contains("Вера Николаевна Опытнова").doesNotContain(mentor);
    checkPage("Tasklist куратора: задачи организации", "tasklist");
    submitOk(mentor, mentorTask, vars("accepted", "true"));

    Task menteeTask = awaitTask("PairFormationProcess", requestId, "UserTask_MenteeConfirms");
    logIn("tasklist", mentee);
    openTask("Мои задачи", "Подтвердить участие наставляемого");
    checkPage("Tasklist наставляемого: подтверждение пары", "tasklist");
    submitOk(mentee, menteeTask, vars("accepted", "true"));

    awaitTask("PairFormationProcess", requestId, "UserTask_IssueOrder");
    logIn("welcome", director);
    checkWelcome(director, false);
    logIn("tasklist", director);
    openTask("Задачи организации", "Издать приказ о закреплении");
    checkPage("Tasklist руководителя: приказ", "tasklist");
    assertDiagramShown("Формирование наставнической пары");

    // The municipality's coordinator and department: the tile, the landing page, processes and the instance.
    String pairFormation = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(requestId))
        .processDefinitionKey("PairFormationProcess").singleResult().getId();
    String readable = "Запрос № " + requestId + " · Школа А";
    for (String role : List.of("coordinator", "manager")) {
      String login = town.login(role);
      logIn("welcome", login);
      checkWelcome(login, true);
      logIn("cockpit", login);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nst-dashboard h2")));
      assertThat(browser.getCurrentUrl()).as("the first page in Cockpit").endsWith("#/nastavnik");
      wait.until(driver -> !text("#nst-monitoring").startsWith("Загрузка"));
      checkPage("Cockpit (" + role + "): Наставничество", "cockpit");
      goTo("cockpit", "#/processes");
      waitForText(".ctn-main", "Формирование наставнической пары");
      checkPage("Cockpit (" + role + "): процессы", "cockpit");
      goTo("cockpit", "#/process-definition/" + latest("PairFormationProcess").getId() + "/runtime");
      waitForText("td.business-key", readable);
      checkPage("Cockpit (" + role + "): формирование пары", "cockpit");
      goTo("cockpit", "#/process-instance/" + pairFormation + "/runtime");
      waitForText("dd.business-key", readable);
      assertThat(text("dd.tenant-id")).isEqualTo("—");
      checkPage("Cockpit (" + role + "): экземпляр формирования пары", "cockpit");
      logIn("tasklist", login);
      openTasklistFilter("Задачи организации");
      checkPage("Tasklist (" + role + ")", "tasklist");
    }

    // The administrator: Admin, and Cockpit's variables table with its actions column.
    logIn("welcome", "demo");
    checkWelcome("demo", true);
    logIn("admin", "demo");
    waitForText(".ctn-main", "Пользователи");
    checkPage("Admin: начало", "admin");
    for (String[] page : new String[][] {{"#/users", "demo"}, {"#/groups", "Администраторы системы"},
        {"#/authorization?resource=0", "РАЗРЕШЕНИЕ"}, {"#/authorization?resource=6", "РАЗРЕШЕНИЕ"},
        {"#/system?section=system-settings-general", "Общие настройки"}}) {
      goTo("admin", page[0]);
      waitForText(".ctn-main", page[1]);
      checkPage("Admin: " + page[0], "admin");
    }
    logIn("cockpit", "demo");
    goTo("cockpit", "#/process-instance/" + pairFormation + "/runtime?tab=variables-tab");
    waitForText("table.cam-table", "requestId");
    assertThat(text("table.cam-table thead")).contains("Действия");
    checkPage("Cockpit администратора: переменные экземпляра", "cockpit");
  }

  // --- pages -------------------------------------------------------------------------------------------

  private void checkWelcome(String login, boolean mentoringTile) {
    waitForText(".webapps", APPS.get("tasklist"));
    if (mentoringTile) {
      WebElement link = wait.until(driver -> driver.findElements(By.id("nst-dashboard-link")).stream().findFirst().orElse(null));
      assertThat(link.getAttribute("href")).endsWith("/camunda/app/cockpit/default/#/nastavnik");
    } else {
      // The tile is added by a script after the page loads: it must stay absent for a while, not just at first.
      await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
          .until(() -> browser.findElements(By.id("nst-dashboard-link")).isEmpty());
    }
    // The tiles name the apps as their headers do.
    List<String> tiles = browser.findElements(By.cssSelector(".webapps .app-name")).stream().map(WebElement::getText).toList();
    assertThat(tiles).isNotEmpty().allMatch(APPS::containsValue);
    checkPage("Welcome (" + login + ")", "welcome");
  }

  /** The visible text of the page and of its app menu has no English word and no «null»; the header names the app. */
  private void checkPage(String page, String app) {
    settle();
    assertThat(text(".navbar-brand .brand-name")).as(page + ": header").isEqualTo("Наставник — " + APPS.get(app));
    assertRussian(page, bodyText(), app);
    List<WebElement> appMenu = browser.findElements(By.cssSelector(".app-switch .dropdown-toggle"));
    if (!appMenu.isEmpty() && appMenu.get(0).isDisplayed()) {
      click(appMenu.get(0));
      String menu = wait.until(driver -> {
        String items = text(".app-switch .dropdown-menu");
        return items.isBlank() ? null : items;
      });
      assertThat(menu.split("\n")).as(page + ": menu of the apps").allMatch(item -> APPS.containsValue(item.trim()));
      click(appMenu.get(0));
    }
  }

  private void assertRussian(String page, String text, String app) {
    Set<String> allowed = allowedIn(app);
    // Cockpit's variables table shows the process's variables as stored: names, types, values.
    allowed.addAll(words(script().executeScript("return Array.from(document.querySelectorAll("
        + "'table.cam-table td.col-name, table.cam-table td.col-type, table.cam-table td.col-value'))"
        + ".map(e => e.innerText).join(' ')").toString()));
    List<String> english = new ArrayList<>();
    for (String word : words(text.replace("Camunda Platform", "Camunda"))) {
      if (word.equalsIgnoreCase("null") || word.equalsIgnoreCase("undefined") || word.equals("NaN")) {
        english.add(word);
      } else if (!word.matches(".*\\d.*") && !word.contains("@") && !allowed.contains(word)) {
        english.add(word);
      }
    }
    assertThat(english).as(page + ": английские слова или «null» на экране:\n" + text).isEmpty();
  }

  private Set<String> allowedIn(String app) {
    Set<String> allowed = new HashSet<>(PROPER_NAMES);
    if (app.equals("cockpit") || app.equals("admin")) {
      repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(d -> allowed.add(d.getKey()));
      identityService.createUserQuery().list().stream().map(User::getId).forEach(allowed::add);
      identityService.createGroupQuery().list().stream().map(Group::getId).forEach(allowed::add);
    }
    if (app.equals("admin")) {
      Stream.of(Permissions.values(), ProcessDefinitionPermissions.values(), ProcessInstancePermissions.values(),
              TaskPermissions.values(), BatchPermissions.values(), HistoricTaskPermissions.values(),
              HistoricProcessInstancePermissions.values(), SystemPermissions.values())
          .flatMap(Arrays::stream).map(Permission::getName).forEach(allowed::add);
      allowed.addAll(Set.of("SYSTEM", "WORKFLOW", "default", "tasklist", "cockpit", "admin", "welcome"));
    }
    return allowed;
  }

  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher matcher = LATIN.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group().replaceAll("^[._/\\-]+|[._/\\-]+$", ""));
    }
    return words;
  }

  private void assertDiagramShown(String processName) {
    waitForText(".task-details", processName);
    clickText(".task-details a", "Диаграмма");
    wait.until(driver -> !driver.findElements(By.cssSelector(".task-details svg .djs-element")).isEmpty()
        || text(".task-details").contains("Диаграмма недоступна"));
    assertThat(text(".task-details")).doesNotContain("Диаграмма недоступна");
    clickText(".task-details a", "Форма");
  }

  // --- browser -----------------------------------------------------------------------------------------

  private void logIn(String app, String login) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys(login);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(driver -> !driver.findElements(By.cssSelector("[cam-widget-header] .account")).isEmpty());
  }

  private void goTo(String app, String route) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/" + route);
  }

  private void openTasklistFilter(String filter) {
    clickText(".task-filters a, [cam-tasklist-filters] a", filter);
  }

  private void openTask(String filter, String taskName) {
    openTasklistFilter(filter);
    clickText(".tasks-list a", taskName);
    wait.until(driver -> text(".task-details").contains(taskName));
    // The task's form is in place once its buttons are.
    wait.until(driver -> driver.findElements(By.cssSelector(".task-details button")).stream()
        .anyMatch(b -> b.getText().trim().equals("Завершить")));
  }

  private void clickText(String css, String start) {
    wait.withMessage(() -> "нет «" + start + "» в " + css + ":\n" + bodyText()).until(driver -> {
      WebElement element = driver.findElements(By.cssSelector(css)).stream()
          .filter(e -> e.getText().trim().startsWith(start)).findFirst().orElse(null);
      if (element == null) {
        return false;
      }
      click(element);
      return true;
    });
  }

  private void waitForText(String css, String expected) {
    wait.withMessage(() -> "нет «" + expected + "» в " + css + ":\n" + bodyText())
        .until(driver -> text(css).contains(expected));
  }

  /** The page's text stops changing (data and translations are in). */
  private void settle() {
    AtomicReference<String> before = new AtomicReference<>(bodyText());
    try {
      await().pollDelay(Duration.ofMillis(400)).pollInterval(Duration.ofMillis(400)).atMost(Duration.ofSeconds(8))
          .until(() -> before.getAndSet(bodyText()).equals(before.get()));
    } catch (ConditionTimeoutException e) {
      // A page that keeps changing (a clock, a spinner) is checked as it stands.
    }
  }

  private void click(WebElement element) {
    script().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private String text(String css) {
    return String.valueOf(script().executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
        + ".map(e => e.innerText).join('\\n')", css));
  }

  private String bodyText() {
    return String.valueOf(script().executeScript("return document.body.innerText"));
  }

  private JavascriptExecutor script() {
    return (JavascriptExecutor) browser;
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
