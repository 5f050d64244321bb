package org.gsoia.workflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's charts render in headless Chromium: each draws a non-empty SVG, and its table can replace it. */
@GsoiaServerTest
class DashboardBrowserIT {

    @LocalServerPort int port;

    @Test
    void chartsRenderAsSvgAndTheirTablesCanBeShown() {
        try (Browser browser = new Browser(port)) {
            browser.loginAs("manager", "demo");
            browser.open("dashboard");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("gsoia-chart svg")));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            // every chart on the page: an SVG with a real size and drawn shapes (bars, axes, labels)
            browser.wait.until(driver -> {
                @SuppressWarnings("unchecked")
                List<Object> shapes = (List<Object>) js.executeScript(
                        "return Array.from(document.querySelectorAll('gsoia-chart')).map(c => {"
                                + " const svg = c.querySelector('svg'); if (!svg) return 0;"
                                + " const box = svg.getBoundingClientRect();"
                                + " return box.width > 100 && box.height > 100 ? svg.querySelectorAll('path, rect, text').length : 0; })");
                return shapes.size() >= 3 && shapes.stream().allMatch(n -> ((Number) n).intValue() > 5);
            });
            // the trend as a table: the chart goes, a table with one row per week appears
            WebElement trendTable = browser.driver.findElement(By.cssSelector("#metrics-section-trend .gsoia-metrics-table"));
            assertThat(trendTable.getAttribute("class")).contains("gsoia-sr-only");
            browser.click(By.id("metrics-toggle-trend"));
            browser.wait.until(driver -> !trendTable.getAttribute("class").contains("gsoia-sr-only"));
            assertThat(trendTable.findElements(By.cssSelector("tbody tr"))).hasSize(12);
            assertThat(browser.driver.findElement(By.cssSelector("#metrics-section-trend gsoia-chart")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver.findElement(By.id("metrics-toggle-trend")).getAttribute("aria-pressed"))
                    .isEqualTo("true");
        }
    }
}
