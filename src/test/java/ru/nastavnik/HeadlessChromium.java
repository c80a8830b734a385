package ru.nastavnik;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver (installed by .ci/run) for the browser tests; without them
 * the test fails (never skips) with the command that installs them.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** A fresh browser with a profile of its own; {@code windowSize} like «1400,2200». */
  public static WebDriver start(String windowSize) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError("Chromium не установлен: apt-get install chromium chromium-driver (это делает .ci/run)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=" + windowSize,
        "--user-data-dir=" + Files.createTempDirectory("nastavnik-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** A wait of 30 s that ignores the moment a page being replaced by the next one leaves the old body stale. */
  public static WebDriverWait patientWait(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Waits until the page's text contains {@code text}, reading it again when a redirect replaces it meanwhile. */
  public static void waitForText(WebDriverWait wait, String text) {
    wait.until(driver -> {
      try {
        return driver.findElement(By.tagName("body")).getText().contains(text);
      } catch (WebDriverException e) {
        return false;
      }
    });
  }
}
