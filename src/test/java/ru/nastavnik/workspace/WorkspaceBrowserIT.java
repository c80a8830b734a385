package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver, as the other browser
 * tests): the curator's day in the workspace at 1366×768 — log in, the panel, add a teacher, invite her,
 * record her consent, end a pair early, download a registry — the panel on a 360-px phone, the invited
 * teacher setting her password with the link and logging in, and a mentee who comes from the
 * Camunda Welcome page's tile and sees her pair's next meeting. The panel's screenshot is written to
 * {@code target/workspace-panel.png} (docs/img/workspace-panel.png is a copy of it), the phone view to
 * {@code target/workspace-panel-phone.png}.
 */
class WorkspaceBrowserIT extends IntegrationTestSupport {

  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

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

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void waitForText(String text) {
    HeadlessChromium.waitForText(wait, text);
  }

  @Test
  void theCuratorsDayAndTheMenteesNextMeeting() throws Exception {
    WorkspaceTown town = WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts,
        transaction, jdbc), "wsbr", "Город Браузеров");
    long first = town.formPair(this, tasks, history, jdbc, "mentee");
    long second = town.formPair(this, tasks, history, jdbc, "mentee2");
    LocalDate meeting = LocalDate.now(ZONE).plusDays(3);
    town.approveProgram(this, tasks, second, meeting);

    // Log in on the workspace's own page: the Camunda login behind it.
    browser.get(url("/nastavnik/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(town.login("curator"));
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    waitForText("Школа А: наставничество");
    assertThat(body()).contains("молодых специалистов с наставником: 2 из 2", "Пары по этапам", "Кураторова Анна Михайловна");
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "workspace-panel.png"), StandardCopyOption.REPLACE_EXISTING);
    // Keyboard: the first Tab reaches the skip link.
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Перейти к содержимому");

    // Add a teacher.
    browser.findElement(By.linkText("Педагоги и согласия")).click();
    browser.findElement(By.linkText("Добавить педагога")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fullName"))).sendKeys("Новенькая Ольга Петровна");
    browser.findElement(By.id("position")).sendKeys("Учитель биологии");
    browser.findElement(By.id("experienceYears")).sendKeys("1");
    browser.findElement(By.id("email")).sendKeys("novenkaya@workspace.test");
    browser.findElement(By.id("login")).sendKeys(town.login("newbie"));
    browser.findElement(By.cssSelector("input[name=roles][value=MENTEE]")).click();
    browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
    waitForText("Участник «Новенькая Ольга Петровна» добавлен, логин " + town.login("newbie") + ".");

    // Invite her: the one-time link is shown to hand over (and e-mailed).
    browser.findElement(By.cssSelector("button[aria-label='Пригласить: Новенькая Ольга Петровна']")).click();
    waitForText("Приглашение для «Новенькая Ольга Петровна» создано и отправлено на почту.");
    String link = browser.findElement(By.cssSelector("input.invitation-link")).getAttribute("value");
    String token = link.substring(link.indexOf('#') + 1);

    // Record her consent to the processing of personal data, signed on paper, with its scan.
    browser.findElement(By.cssSelector("a[aria-label='Согласия: Новенькая Ольга Петровна']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("givenBy"))).sendKeys("Новенькая Ольга Петровна");
    browser.findElement(By.id("document")).sendKeys("Папка «Согласия», лист 12");
    java.nio.file.Path scan = java.nio.file.Files.createTempFile("согласие", ".pdf");
    java.nio.file.Files.writeString(scan, "%PDF-1.4\n%%EOF\n");
    browser.findElement(By.id("scan")).sendKeys(scan.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[normalize-space()='Зарегистрировать']")).click();
    waitForText("Папка «Согласия», лист 12");
    assertThat(browser.findElement(By.cssSelector("a[aria-label='Скачать скан: Согласие на обработку персональных данных']"))
        .getAttribute("href")).contains("/scan");
    browser.findElement(By.linkText("Педагоги и согласия")).click();
    waitForText("Новенькая Ольга Петровна");

    // End a pair early, with its reason.
    browser.findElement(By.linkText("Пары и программы")).click();
    browser.findElement(By.cssSelector("a[aria-label='Завершить досрочно пару № " + first + "']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason"))).sendKeys("Наставляемая переехала");
    browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
    waitForText("Работа пары № " + first + " завершена досрочно.");
    assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, first))
        .isEqualTo("ENDED_EARLY");

    // Download the registry of the bank of mentees through the page's link, in the same session.
    browser.findElement(By.linkText("Банк наставляемых")).click();
    String href = browser.findElement(By.linkText("Скачать реестр (XLSX)")).getAttribute("href");
    Object download = ((JavascriptExecutor) browser).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
            + " return r.arrayBuffer().then(function (b) { done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength); });"
            + "});", href);
    assertThat(String.valueOf(download)).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(Long.parseLong(String.valueOf(download).replaceAll(".* ", ""))).isGreaterThan(1000);

    // The panel on a 360-px phone: nothing wider than the screen. The new teacher is a young specialist too.
    browser.manage().window().setSize(new Dimension(360, 740));
    browser.findElement(By.linkText("Панель")).click();
    waitForText("молодых специалистов с наставником: 1 из 3");
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "workspace-panel-phone.png"), StandardCopyOption.REPLACE_EXISTING);

    // The curator logs out; the invited teacher sets her password with the link and logs in.
    browser.manage().window().setSize(new Dimension(1366, 768));
    browser.findElement(By.cssSelector("button[data-logout]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.get(url("/invitation.html#" + token));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("Sinyaya-Ptica-77");
    browser.findElement(By.id("again")).sendKeys("Sinyaya-Ptica-77");
    browser.findElement(By.cssSelector("#form button[type=submit]")).click();
    waitForText("Пароль задан");
    browser.get(url("/nastavnik/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(town.login("newbie"));
    browser.findElement(By.id("password")).sendKeys("Sinyaya-Ptica-77");
    browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    waitForText("Новенькая Ольга Петровна");
    browser.findElement(By.cssSelector("button[data-logout]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

    // The mentee logs in on the Camunda Welcome page and opens the workspace from its tile.
    browser.get(url("/camunda/app/welcome/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys(town.login("mentee2"));
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    var tile = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nst-workspace-link")));
    // Welcome's fixed footer may cover the tile until it is scrolled to the middle of the window.
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", tile);
    wait.until(ExpectedConditions.elementToBeClickable(tile)).click();
    waitForText("Моя пара, моя программа");
    assertThat(browser.findElement(By.cssSelector(".next-meeting")).getText())
        .isEqualTo(meeting.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " — Встреча-знакомство");
  }
}
