package org.gsoia.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void germanApplicantLogsInSeesTheHomeViewInGermanAndLogsOut() {
        WebDriver driver = browser.driver;
        WebDriverWait wait = browser.wait;
        browser.open("");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.loginAs("applicant.de", "demo");

        String greeting = new Translations().getTranslation("home.greeting", Locale.GERMAN, "Anna Becker");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gsoia-home h2")));
        wait.until(ExpectedConditions.textToBePresentInElement(heading, greeting));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("de");
        assertThat(driver.findElement(By.cssSelector(".gsoia-demo-badge")).getText())
                .isEqualTo(new Translations().getTranslation("app.demoBadge", Locale.GERMAN));

        browser.click(By.id("user-menu"));
        browser.click(By.id("menu-logout"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername")));

        browser.open("");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
