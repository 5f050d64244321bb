package org.gsoia.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real product in the system's headless Chromium: a German applicant logs in, sees the home view in
 * German (the language stored for the user), and logs out.
 */
@GsoiaServerTest
class BrowserIT {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void germanApplicantLogsInSeesTheHomeViewInGermanAndLogsOut() {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys("applicant.de");
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys("demo", Keys.ENTER);

        String greeting = new Translations().getTranslation("home.greeting", Locale.GERMAN, "Anna Becker");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gsoia-home h2")));
        wait.until(ExpectedConditions.textToBePresentInElement(heading, greeting));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("de");
        assertThat(driver.findElement(By.cssSelector(".gsoia-demo-badge")).getText())
                .isEqualTo(new Translations().getTranslation("app.demoBadge", Locale.GERMAN));

        driver.findElement(By.id("user-menu")).click();
        WebElement logout = wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-logout")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", logout);
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername")));

        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
