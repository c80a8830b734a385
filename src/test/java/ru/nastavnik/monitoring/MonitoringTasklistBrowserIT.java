package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * In headless Chromium (installed by .ci/run): a curator opens the monitoring report task in
 * Tasklist, sees the figures the system already knows, downloads the «Аналитическая справка»
 * through the link of the form with the Tasklist session, writes the comments and completes it.
 */
class MonitoringTasklistBrowserIT extends IntegrationTestSupport {


  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1400,2200");
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private void clickText(String css, String text) {
    wait.until(driver -> {
      WebElement element = driver.findElements(By.cssSelector(css)).stream()
          .filter(e -> e.getText().trim().startsWith(text)).findFirst().orElse(null);
      if (element == null) {
        return false;
      }
      click(element);
      return true;
    });
  }

  @Test
  void theCuratorSeesTheFiguresDownloadsTheReportAndFilesItInTasklist() throws Exception {
    MonitoringMunicipality municipality = MonitoringMunicipality.create(
        new MonitoringMunicipality.Services(organizations, people, consents, accounts, transaction, jdbc), "mtl", "Город Задачин");
    assertThat(as("mtl-coordinator").exchange("/api/monitoring/schedule?municipalityId=" + municipality.municipalityId(),
        HttpMethod.PUT, json(Map.of("ORG_REPORTS_OPEN", "0 0 0 1 9 *", "ORG_REPORTS_DUE", "0 0 18 30 8 *",
            "ANALYTIC_REPORT_DUE", "0 0 18 31 8 *")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("mtl-coordinator", "/api/monitoring/campaigns?municipalityId=" + municipality.municipalityId(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    // The timer job creates the task a moment after the year opens.
    eventually("задача отчёта", () -> taskService.createTaskQuery().taskCandidateGroup("curators-mtl-a").singleResult());
    assertThat(taskService.createTaskQuery().taskCandidateGroup("curators-mtl-a").count()).isEqualTo(1);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys("mtl-curator-a");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    clickText("a", "Задачи организации");
    clickText("a", "Представить отчёт о наставничестве");

    WebElement link = wait.until(driver -> driver.findElements(By.cssSelector("a[href$='/spravka.docx']")).stream().findFirst()
        .orElse(null));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Наставников в банке наставников");
    Object status = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
        + ".catch(e => done(String(e)));", link.getAttribute("href"));
    assertThat(String.valueOf(status))
        .startsWith("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    // A group's task is taken into work first; then its form can be filled.
    clickText("button", "Взять в работу");
    // Tasklist renders the form again once the task is claimed: type only into the form it shows then.
    wait.until(driver -> driver.findElements(By.cssSelector("button")).stream()
        .noneMatch(b -> b.getText().trim().startsWith("Взять в работу")));
    wait.until(driver -> {
      WebElement comments = driver.findElements(By.cssSelector(".fjs-form textarea")).stream()
          .filter(WebElement::isEnabled).findFirst().orElse(null);
      if (comments == null) {
        return false;
      }
      if (comments.getAttribute("value").isEmpty()) {
        comments.sendKeys("Все молодые педагоги работают с наставниками");
      }
      return "Все молодые педагоги работают с наставниками".equals(comments.getAttribute("value"));
    });
    WebElement complete = wait.until(driver -> driver.findElements(By.cssSelector("button")).stream()
        .filter(b -> b.getText().trim().equals("Завершить")).findFirst().orElse(null));
    click(complete);

    wait.withMessage(() -> "отчёт не представлен; на странице:\n" + browser.findElement(By.tagName("body")).getText())
        .until(driver -> "SUBMITTED".equals(jdbc.queryForObject(
        "select status from monitoring_report where organization_id = ? and kind = 'ORGANIZATION'", String.class,
        municipality.schoolA().getId())));
    assertThat(jdbc.queryForObject("select comments from monitoring_report where organization_id = ? and kind = 'ORGANIZATION'",
        String.class, municipality.schoolA().getId())).isEqualTo("Все молодые педагоги работают с наставниками");
  }
}
