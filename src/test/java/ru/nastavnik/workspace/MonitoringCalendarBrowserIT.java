package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The coordinator's monitoring calendar in headless Chromium: from the municipality's panel to the
 * calendar, a day that does not exist refused next to its field, a check of the next year's dates,
 * the save and its notice; then the same page on a 360-px phone. Screenshots:
 * {@code target/monitoring-calendar.png} (copied to docs/img) and {@code target/monitoring-calendar-phone.png}.
 */
class MonitoringCalendarBrowserIT extends IntegrationTestSupport {

  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1366,768");
    wait = HeadlessChromium.patientWait(browser);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void waitForText(String text) {
    HeadlessChromium.waitForText(wait, text);
  }

  private void type(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }

  private void press(String label) {
    browser.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
  }

  @Test
  void theCoordinatorMovesAStageFromThePanelAndSeesTheNextYearsDatesFirst() throws Exception {
    WorkspaceTown town = WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts,
        transaction, jdbc), "wcbr", "Город Сроков");
    int next = AcademicYear.of(LocalDate.now(ZONE)).startYear() + 1;

    browser.get("http://localhost:" + port + "/nastavnik/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(town.login("coordinator"));
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    waitForText("Город Сроков: наставничество");
    browser.findElement(By.linkText("Календарь мониторинга")).click();
    waitForText("Город Сроков: календарь мониторинга");

    type("day_ORG_REPORTS_OPEN", "30.02");
    press("Проверить");
    waitForText("Дня «30.02» нет в календаре");
    assertThat(browser.findElement(By.id("day_ORG_REPORTS_OPEN")).getAttribute("aria-invalid")).isEqualTo("true");

    type("day_ORG_REPORTS_OPEN", "02.12");
    type("time_ORG_REPORTS_OPEN", "10:30");
    press("Проверить");
    waitForText("Что изменится в " + next + "/" + (next + 1) + " учебном году");
    assertThat(browser.findElement(By.cssSelector("tr.changed")).getText()).contains("02.12." + next + " 10:30")
        .contains("(изменено)");
    assertThat(jdbc.queryForObject("select count(*) from monitoring_schedule where municipality_id = ?", Integer.class,
        town.municipalityId())).isZero();
    ((JavascriptExecutor) browser).executeScript("document.getElementById('h-consequences').scrollIntoView();");
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "monitoring-calendar.png"), StandardCopyOption.REPLACE_EXISTING);

    press("Сохранить");
    waitForText("Календарь изменён");
    assertThat(jdbc.queryForObject("select cron from monitoring_schedule where municipality_id = ? and stage = 'ORG_REPORTS_OPEN'",
        String.class, town.municipalityId())).isEqualTo("0 30 10 2 12 *");

    browser.manage().window().setSize(new Dimension(360, 740));
    browser.navigate().refresh();
    waitForText("Город Сроков: календарь мониторинга");
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "monitoring-calendar-phone.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
