package org.gsoia.workflow.support;

import java.io.File;
import java.time.Duration;
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

/** The system's headless Chromium (installed by .ci/run), driven like a user would. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        base = "http://localhost:" + port + "/";
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** A fresh session: forget the previous user, then log in on the login page. */
    public void loginAs(String userId, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(userId);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks like a user, even where an overlay (e.g. a notification) covers part of the element. */
    public void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }

    /** Clicks an element that is present but drawn by its component, such as the input of a radio button. */
    public void clickPresent(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    public String base() {
        return base;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
