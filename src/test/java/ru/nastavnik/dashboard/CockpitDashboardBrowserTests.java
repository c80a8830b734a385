package ru.nastavnik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.IntegrationTestSupport;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * a manager logs in to Cockpit, opens «Наставничество» and sees the charts filled from the demo
 * data; a curator gets no municipal view.
 */
class CockpitDashboardBrowserTests extends IntegrationTestSupport {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  private WebDriver browser;

  @BeforeEach
  void startBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium не установлен: apt-get install chromium chromium-driver (это делает .ci/run)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1300,900",
        "--user-data-dir=" + Files.createTempDirectory("nastavnik-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
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

  @Test
  void aManagerSeesTheChartsFilledFromTheDemoData() throws Exception {
    logInToCockpit("manager");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The navigation entry of the plugin appears in Cockpit's header once the login is through.
    wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Наставничество"));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/nastavnik");

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nst-coverage .nst-bar")));
    long municipality = JSON.readTree(as("manager").getForEntity("/api/dashboard/municipalities", String.class).getBody())
        .get(0).get("id").asLong();
    JsonNode figures = JSON.readTree(as("manager").getForEntity("/api/dashboard?municipalityId=" + municipality, String.class)
        .getBody());
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Наставничество");
    assertThat(browser.findElement(By.id("nst-mentors")).getText()).isEqualTo(figures.get("mentorsInBank").asText());
    assertThat(Integer.parseInt(browser.findElement(By.id("nst-mentors")).getText())).isGreaterThanOrEqualTo(6);
    assertThat(browser.findElements(By.cssSelector("#nst-coverage .nst-bar"))).hasSize(3);
    assertThat(browser.findElement(By.id("nst-coverage")).getText()).contains("СОШ № 1", "СОШ № 2", "СОШ № 3");
    assertThat(browser.findElement(By.id("nst-stages")).getText()).contains("Закреплена приказом");
  }

  @Test
  void aCuratorDoesNotGetTheMunicipalView() {
    logInToCockpit("curator1");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/nastavnik");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    // Curators have no access to Cockpit at all: the login is refused and no chart is drawn.
    wait.until(driver -> driver.getPageSource().contains("input") );
    assertThat(browser.findElements(By.cssSelector(".nst-bar"))).isEmpty();
  }
}
