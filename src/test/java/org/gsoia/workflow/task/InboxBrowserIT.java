package org.gsoia.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import java.util.List;
import java.util.Locale;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.VisitTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox in headless Chromium: a Japanese officer filters by the reference, claims the task, opens it, decides,
 * is back in the inbox, and the case file's diagram shows the path the case took.
 */
@GsoiaServerTest
class InboxBrowserIT {

    /** Finds the visible reference link in the grid (the grid keeps hidden, recycled cells in the page). */
    private static final String VISIBLE_LINK = "const link = [...document.querySelectorAll('#inbox-grid a.gsoia-inbox-reference')]"
            + ".find(a => a.textContent === arguments[0] && a.offsetParent !== null);";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired VisitTasks tasks;
    @Autowired JdbcTemplate jdbc;

    private String status(String reference) {
        return jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference);
    }

    private String assignee(String reference) {
        List<String> assignees = jdbc.queryForList("select assignee from task_inbox where case_reference = ?",
                String.class, reference);
        return assignees.isEmpty() ? null : assignees.get(0);
    }

    @Test
    void anOfficerFiltersClaimsOpensAndDecidesAndReturnsToTheInbox() {
        String reference = submitGermanVisit(context, 9, "DE-VSV");
        String certification = tasks.openTasksOf(reference, "officer.de1").get(0).taskId();
        tasks.certify(certification, "officer.de1", true, null);

        try (Browser browser = new Browser(port)) {
            browser.loginAs("officer.jp1", "demo");
            browser.open("inbox");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox-reference input")));
            // the whole value at once, as a paste gives it: key by key, a late change for a shorter prefix could
            // reach the server after the selection made below and clear it
            js.executeScript("const input = document.querySelector('#inbox-reference input');"
                    + "input.value = arguments[0]; input.dispatchEvent(new Event('input', {bubbles: true}));",
                    reference.substring(reference.length() - 6));
            String oneTask = new Translations().getTranslation("inbox.count", Locale.JAPANESE, 1);
            browser.wait.until(driver -> oneTask.equals(driver.findElement(By.id("inbox-summary")).getText()));
            browser.wait.until(driver -> Boolean.TRUE.equals(js.executeScript(VISIBLE_LINK + "return link !== undefined;", reference)));

            // tick the row's selection checkbox: the first cell of the table row that shows the reference
            js.executeScript(VISIBLE_LINK + """
                    const row = link.closest('vaadin-grid-cell-content').assignedSlot.closest('tr');
                    const selection = row.querySelector('td slot').assignedElements()[0];
                    selection.querySelector('vaadin-checkbox').click();""", reference);
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("inbox-claim")));
            browser.click(By.id("inbox-claim"));
            browser.wait.until(driver -> "officer.jp1".equals(assignee(reference)));

            js.executeScript(VISIBLE_LINK + "link.click();", reference);
            browser.wait.until(ExpectedConditions.urlContains("/visits/" + reference));
            browser.click(By.id("decision"));
            String approve = new Translations().getTranslation("visit.decision.APPROVE", Locale.JAPANESE);
            browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + approve + "']"));
            browser.click(By.id("task-action-complete"));

            browser.wait.until(driver -> "AWAITING_ACKNOWLEDGEMENT".equals(status(reference)));
            browser.wait.until(ExpectedConditions.urlMatches(".*/inbox$"));
            assertThat(browser.driver.findElement(By.id("inbox-grid")).isDisplayed()).isTrue();

            // the case file shows the path taken: certification and decision done, the host facility's notice waiting
            browser.open("cases/" + reference);
            browser.click(By.id("case-tab-diagram"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("gsoia-bpmn-diagram[rendered] svg")));
            assertThat(browser.driver.findElements(By.cssSelector(
                    "gsoia-bpmn-diagram [data-element-id='certifyClearances'].gsoia-completed"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector(
                    "gsoia-bpmn-diagram [data-element-id='reviewRequest'].gsoia-completed"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector(
                    "gsoia-bpmn-diagram [data-element-id='acknowledgeNotice'].gsoia-active"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("gsoia-bpmn-diagram .djs-connection.gsoia-taken")))
                    .isNotEmpty();
        }
    }
}
