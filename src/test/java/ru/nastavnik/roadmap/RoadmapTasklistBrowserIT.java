package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.HeadlessChromium;
import ru.nastavnik.IntegrationTestSupport;

/**
 * End to end in headless Chromium (installed by .ci/run): the coordinator starts «Загрузка дорожной
 * карты» in Tasklist, uploads the document through the start form, completes in the review the
 * date and the executor that could not be read, confirms, and the roadmap is stored as reviewed.
 */
class RoadmapTasklistBrowserIT extends IntegrationTestSupport {


  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start("1400,2200");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // Tasklist re-renders its lists while loading: look again instead of failing on a replaced element.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private JavascriptExecutor script() {
    return (JavascriptExecutor) browser;
  }

  /** Sets an HTML date input the way a user's picker does (the text typed depends on the browser's locale). */
  private void setDate(WebElement input, LocalDate date) {
    script().executeScript("arguments[0].value = arguments[1];"
        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
  }

  private void click(WebElement element) {
    script().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private WebElement elementWithText(String css, String text) {
    return wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.getText().trim().startsWith(text)).findFirst().orElse(null));
  }

  private void clickText(String css, String text) {
    wait.until(driver -> {
      click(elementWithText(css, text));
      return true;
    });
  }

  @Test
  void theCoordinatorUploadsReviewsAndConfirmsARoadmapInTasklist() throws Exception {
    int year = LocalDate.now(ZoneId.of("Asia/Yekaterinburg")).getYear() + 1;
    String title = "План наставничества " + System.nanoTime() + ".txt";
    Path document = Files.createTempDirectory("roadmap").resolve(title);
    Files.writeString(document, RoadmapImportIT.smallRoadmap(year), StandardCharsets.UTF_8);

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']"))).sendKeys("coordinator");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    clickText("a", "Запустить процесс");
    clickText(".modal-content a", "Загрузка дорожной карты");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roadmapFile"))).sendKeys(document.toString());
    setDate(browser.findElement(By.id("periodStart")), LocalDate.of(year - 1, 1, 1));
    setDate(browser.findElement(By.id("periodEnd")), LocalDate.of(year, 12, 31));
    WebElement start = elementWithText(".modal-footer button", "Запустить");
    wait.until(driver -> start.isEnabled());
    click(start);

    clickText("a", "Проверить и утвердить дорожную карту — " + title);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Требуют решения перед утверждением: 1"));
    List<WebElement> dates = browser.findElements(By.cssSelector("input[type='date']"));
    assertThat(dates).hasSize(1);
    setDate(dates.get(0), LocalDate.of(year, 6, 30));
    clickText("label", "Методический центр (ЦРО)");
    // The reader proposed that «Обучить наставников» closes by the training the system records; the
    // reviewer keeps it and links the seminar to the meetings held, by hand.
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Исполнение фиксирует система"));
    assertThat(new Select(browser.findElement(By.id("fact2"))).getFirstSelectedOption().getText())
        .isEqualTo("Наставники обучены (обучение отмечено)");
    assertThat(new Select(browser.findElement(By.id("fact0"))).getFirstSelectedOption().getText())
        .isEqualTo("нет — исполнитель отчитывается сам");
    new Select(browser.findElement(By.id("fact1"))).selectByVisibleText("Встречи пар проведены");
    new Select(browser.findElement(By.id("decision"))).selectByValue("CONFIRM");
    WebElement complete = elementWithText("button", "Завершить");
    wait.until(driver -> complete.isEnabled());
    click(complete);

    Long roadmapId = RoadmapImports.await("дорожная карта сохранена", () -> jdbc.query(
        "select id from roadmap where file_name = ?", (rs, n) -> rs.getLong(1), title).stream().findFirst().orElse(null));
    assertThat(jdbc.queryForObject("select count(*) from roadmap_item where roadmap_id = ?", Long.class, roadmapId)).isEqualTo(4);
    assertThat(jdbc.queryForMap("select deadline_kind, deadline_set_by_reviewer, responsible_bodies from roadmap_item"
        + " where roadmap_id = ? and number = '1.4.'", roadmapId))
        .containsEntry("deadline_kind", "DATE").containsEntry("deadline_set_by_reviewer", true)
        .containsEntry("responsible_bodies", "METHODICAL_CENTER");
    assertThat(jdbc.queryForList("select number || ' ' || system_fact from roadmap_item where roadmap_id = ?"
        + " and system_fact is not null order by sort_order", String.class, roadmapId))
        .containsExactly("1.2. MEETINGS_HELD", "1.3. MENTORS_TRAINED");
    assertThat(jdbc.queryForObject("select due_date from roadmap_occurrence o join roadmap_item i on i.id = o.item_id"
        + " where i.roadmap_id = ? and i.number = '1.4.'", LocalDate.class, roadmapId)).isEqualTo(LocalDate.of(year, 6, 30));
  }
}
