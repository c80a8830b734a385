package ru.nastavnik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * a manager logs in to Cockpit, lands on «Наставничество», sees the charts filled from the demo
 * data and scrolls down to the last section; a curator gets no municipal view.
 */
class CockpitDashboardBrowserIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  private WebDriver browser;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1300,900");
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void logInToCockpit(String login) {
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys(login);
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /**
   * The text of an element as the page holds it: Cockpit scrolls its view inside a container, and
   * WebDriver's getText() is empty for what lies outside the visible part of it.
   */
  private static String text(WebElement element) {
    return element.getAttribute("textContent").replaceAll("\\s+", " ").trim();
  }

  /** The row of a chart whose label contains {@code label}. */
  private String row(String chart, String label) {
    return browser.findElements(By.cssSelector("#" + chart + " .nst-row")).stream()
        .filter(r -> text(r.findElement(By.className("nst-label"))).contains(label)).findFirst()
        .map(CockpitDashboardBrowserIT::text).orElseThrow(() -> new AssertionError("нет строки «" + label + "» в " + chart
            + ":\n" + text(browser.findElement(By.id(chart)))));
  }

  private void choose(String selectClass, String visibleText, String bodyAttribute, String expected) {
    new Select(browser.findElement(By.className(selectClass))).selectByVisibleText(visibleText);
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
        expected.equals(driver.findElement(By.className("nst-body")).getAttribute(bodyAttribute))
            && !driver.findElements(By.cssSelector("#nst-sections")).isEmpty());
  }

  @Test
  void aManagerSeesTheChartsFilledFromTheDemoData() throws Exception {
    logInToCockpit("manager");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The navigation entry of the plugin appears in Cockpit's header once the login is through.
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Наставничество"));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/nastavnik");

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nst-sections .nst-row")));
    long municipality = JSON.readTree(as("manager").getForEntity("/api/dashboard/municipalities", String.class).getBody())
        .get(0).get("id").asLong();
    JsonNode figures = JSON.readTree(as("manager").getForEntity("/api/dashboard?municipalityId=" + municipality, String.class)
        .getBody());
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Наставничество");
    assertThat(browser.findElement(By.id("nst-mentors")).getText()).isEqualTo(figures.get("mentorsInBank").asText());
    assertThat(Integer.parseInt(browser.findElement(By.id("nst-mentors")).getText())).isGreaterThanOrEqualTo(6);
    assertThat(browser.findElements(By.cssSelector("#nst-coverage .nst-bar"))).hasSize(3);
    assertThat(browser.findElement(By.id("nst-coverage")).getText()).contains("СОШ № 1", "СОШ № 2", "СОШ № 3");
    assertThat(browser.findElement(By.id("nst-stages")).getText()).contains("Закреплена приказом", "Завершена");

    // The demo roadmap (DemoDashboardData): its sections are named apart from the roadmaps other tests import.
    assertThat(row("nst-sections", "Нормативное и организационное обеспечение наставничества (демо)"))
        .contains("исполнено 3 · в работе 0 · просрочено 1");
    assertThat(row("nst-sections", "Методическое сопровождение наставников (демо)"))
        .contains("исполнено 1 · в работе 2 · просрочено 1");
    assertThat(row("nst-sections", "Мониторинг и оценка результатов наставничества (демо)"))
        .contains("исполнено 1 · в работе 3 · просрочено 0");
    assertThat(row("nst-indicators", "1.2. Формирование базы наставников и наставляемых")).contains("факт 18 из 20 (90%)");
    assertThat(row("nst-indicators", "2.1. Обучение наставников по дополнительной профессиональной программе"))
        .contains("факт 5 из 12 (42%)");
    assertThat(row("nst-indicators", "1.1. Назначение кураторов наставничества в образовательных организациях"))
        .contains("факт 2 из 3 (67%)");
    assertThat(row("nst-satisfaction", "СОШ № 1")).contains("9,0 из 10 · 4 оценки");
    assertThat(text(browser.findElement(By.id("nst-overdue-total")))).isEqualTo(figures.get("overdueTotal").asText());

    // The monitoring section shows the newest monitoring year as the REST API has it.
    wait.until(driver -> !text(driver.findElement(By.id("nst-monitoring"))).startsWith("Загрузка"));
    JsonNode campaigns = JSON.readTree(as("manager").getForEntity("/api/monitoring/campaigns?municipalityId=" + municipality,
        String.class).getBody());
    if (campaigns.isEmpty()) {
      assertThat(text(browser.findElement(By.id("nst-monitoring")))).isEqualTo("Год мониторинга ещё не открыт");
    } else {
      assertThat(text(browser.findElement(By.id("nst-monitoring")))).contains(campaigns.get(0).get("period").asText());
      assertThat(browser.findElements(By.cssSelector("#nst-monitoring tbody tr"))).hasSize(campaigns.get(0).get("reports").size());
    }

    // The overdue table lists what the API lists, with who is responsible; other tests' roadmaps may add rows.
    List<WebElement> overdue = browser.findElements(By.cssSelector("#nst-overdue tbody tr"));
    assertThat(text(browser.findElement(By.cssSelector("#nst-overdue thead"))))
        .contains("Мероприятие", "Организация", "Ответственный", "Срок", "Просрочено, дней", "Эскалаций");
    assertThat(overdue).hasSize(figures.get("overdue").size());
    JsonNode first = figures.get("overdue").get(0);
    assertThat(text(overdue.get(0))).contains(first.get("itemTitle").asText(), first.get("organization").asText(),
        first.get("responsibleGroupTitle").asText(), String.valueOf(first.get("daysOverdue").asLong()));
    for (JsonNode o : figures.get("overdue")) {
      if (o.get("itemTitle").asText().equals("Методический семинар для кураторов наставничества")) {
        String seminar = text(browser.findElement(By.cssSelector("#nst-overdue tr[data-occurrence='"
            + o.get("occurrenceId").asLong() + "']")));
        assertThat(seminar).contains("ЦРО", "МБУ «Центр развития образования»", "Соколова Ирина Викторовна",
            "Муниципальные координаторы (coordinators-khm)");
      }
    }

    // Filters: one school, then one year.
    choose("nst-organization", "СОШ № 1", "data-organization", organizationId(figures, "СОШ № 1"));
    assertThat(row("nst-sections", "Нормативное и организационное обеспечение наставничества (демо)"))
        .contains("исполнено 1 · в работе 0 · просрочено 0");
    assertThat(row("nst-sections", "Мониторинг и оценка результатов наставничества (демо)"))
        .contains("исполнено 1 · в работе 0 · просрочено 0");
    assertThat(browser.findElements(By.cssSelector("#nst-coverage .nst-bar"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#nst-satisfaction .nst-row"))).hasSize(1);

    int thisYear = LocalDate.now(ZoneId.of("Asia/Yekaterinburg")).getYear();
    choose("nst-year", thisYear + " год", "data-year", String.valueOf(thisYear));
    // СОШ № 1's demo ratings were given more than a year ago.
    assertThat(text(browser.findElement(By.id("nst-satisfaction")))).isEqualTo("Нет оценок встреч за выбранный период");
    assertThat(new Select(browser.findElement(By.className("nst-organization"))).getFirstSelectedOption().getText())
        .isEqualTo("СОШ № 1");
  }

  @Test
  void aManagerLandsOnTheViewAfterLoggingIn() throws Exception {
    logInToCockpit("manager");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The first page after the login is «Наставничество», not Cockpit's generic start page…
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nst-dashboard h2")));
    assertThat(browser.getCurrentUrl()).endsWith("#/nastavnik");
    assertThat(browser.findElement(By.cssSelector(".nst-dashboard h2")).getText()).isEqualTo("Наставничество");
    // …and the first entry of the header.
    assertThat(browser.findElements(By.cssSelector("[cam-widget-header] .sections-menu li")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst()).contains("Наставничество");
    // The header names the user, as on Cockpit's own pages.
    wait.until(driver -> driver.findElement(By.cssSelector("[cam-widget-header] .account")).getText()
        .contains("Ольга Николаевна Петрова"));

    // Cockpit's own start page stays reachable: asked for by its address, it is not replaced.
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
    wait.until(driver -> !driver.findElements(By.cssSelector(".dashboard")).isEmpty());
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
        .until(() -> browser.getCurrentUrl().endsWith("#/dashboard"));
  }

  @Test
  void theViewScrollsDownToItsLastSectionAt1400x1000() throws Exception {
    browser.manage().window().setSize(new Dimension(1400, 1000));
    logInToCockpit("manager");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Наставничество"));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/nastavnik");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nst-monitoring")));
    wait.until(driver -> !text(driver.findElement(By.id("nst-monitoring"))).startsWith("Загрузка"));

    WebElement last = browser.findElement(By.id("nst-monitoring"));
    assertThat(inViewport(last)).as("the monitoring section starts below the window").isFalse();
    // Scroll as a user does, with the mouse wheel over the view (a script could scroll a box the user cannot).
    // The page is as long as the municipality's data (the suite leaves many roadmap items): wheel
    // until the section shows or the page stops moving.
    Object previous = null;
    for (int i = 0; i < 500 && !inViewport(last); i++) {
      new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(700, 500), 0, 300).perform();
      settle(last);
      Object top = ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", last);
      if (top.equals(previous)) {
        break;
      }
      previous = top;
    }
    assertThat(inViewport(last)).as("the monitoring section after scrolling to it").isTrue();
  }

  /** Waits until a (smooth) scroll has ended: on a busy machine several wheel steps could land at once. */
  private void settle(WebElement element) {
    AtomicReference<Object> before = new AtomicReference<>();
    try {
      await().pollDelay(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5))
          .until(() -> {
            Object now = ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", element);
            return now.equals(before.getAndSet(now));
          });
    } catch (ConditionTimeoutException e) {
      // Still moving after five seconds: the caller looks where it stands.
    }
  }


  /** Whether the top of the element is in the window and not hidden by a container around it. */
  private boolean inViewport(WebElement element) {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
        + " if (r.top < 0 || r.top + 20 > window.innerHeight) return false;"
        + " const hit = document.elementFromPoint(r.left + 10, r.top + 10);"
        + " return hit !== null && (arguments[0] === hit || arguments[0].contains(hit));", element);
  }

  private static String organizationId(JsonNode figures, String name) {
    for (JsonNode o : figures.get("filters").get("organizations")) {
      if (o.get("name").asText().equals(name)) {
        return o.get("id").asText();
      }
    }
    throw new AssertionError("нет организации " + name);
  }

  @Test
  void aCuratorDoesNotGetTheMunicipalView() throws Exception {
    logInToCockpit("curator1");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/nastavnik");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // Curators have no access to Cockpit at all: the login form stays and no chart is drawn.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='password']")));
    assertThat(browser.findElements(By.cssSelector(".nst-dashboard"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".nst-bar, .nst-row"))).isEmpty();
    // Nor does the API behind the view answer them, whatever the municipality.
    long municipality = JSON.readTree(as("manager").getForEntity("/api/dashboard/municipalities", String.class).getBody())
        .get(0).get("id").asLong();
    ResponseEntity<String> refused = as("curator1").getForEntity("/api/dashboard?municipalityId=" + municipality, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(JSON.readTree(refused.getBody()).get("detail").asText()).contains("доступна его координатору");
  }
}
