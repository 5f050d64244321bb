package org.gsoia.workflow.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.clearance.TestFacilities;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An FSC assurance request in headless Chromium, as the officers work it: ATLA's 木村 直樹 asks BMWE about a German
 * company, Sabine Krause replies "in process" and runs the national clearance to a grant, and 木村 直樹 reads the
 * final reply and finds the clearance in the register.
 */
@GsoiaServerTest
class AssuranceBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String facility;

    @BeforeEach
    void aGermanCompanyInProcess() {
        facility = TestFacilities.germanInProcess(jdbc);
    }

    @AfterEach
    void removeIt() {
        jdbc.queryForList("select reference from fsc_assurance_request where facility_id = ?", String.class, facility)
                .forEach(reference -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                        .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test ended")));
        TestFacilities.remove(jdbc, facility);
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from fsc_assurance_request where reference = ?", String.class,
                reference);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(text, Keys.TAB); // a field sends its value when it loses the focus
    }

    private static void choose(Browser browser, String selectId, String itemText) {
        browser.click(By.id(selectId));
        browser.click(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '" + itemText + "')]"));
    }

    private void step(Browser browser, String reference, String action, String expectedStatus) {
        browser.click(By.id("task-action-" + action));
        if (expectedStatus != null) {
            browser.wait.until(driver -> expectedStatus.equals(status(reference)));
        }
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assurance-status")));
    }

    private void completes(Browser browser, String action, String nextAction) {
        browser.click(By.id("task-action-" + action));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-action-" + nextAction)));
    }

    @Test
    void japanAsksGermanyRepliesInProcessSponsorsGrantsAndJapanSeesTheReplyAndTheRegister() {
        String facilityName = jdbc.queryForObject("select name from facility where id = ?", String.class, facility);
        try (Browser browser = new Browser(port)) {
            browser.loginAs("security.jp1", "demo");
            browser.open("assurance-requests/new");
            WebElement company = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#assurance-facility input")));
            company.sendKeys(facilityName.substring(facilityName.lastIndexOf(' ') + 1));
            browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + facility.substring(8) + "')]"));
            type(browser, "assurance-contracting-entity", "防衛装備庁 契約管理課");
            choose(browser, "assurance-reason", translations.getTranslation("assurance.reason.CONTRACT", Locale.JAPANESE));
            choose(browser, "assurance-required-level", "極秘");
            type(browser, "assurance-contract-reference", "ATLA-2026-0042");
            browser.clickPresent(By.cssSelector("#assurance-sponsorship input"));
            browser.click(By.id("file-assurance-request"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/assurance-requests/FC-\\d{4}-\\d{6}$"));
            String url = browser.driver.getCurrentUrl();
            String reference = url.substring(url.lastIndexOf('/') + 1);
            assertThat(status(reference)).isEqualTo("AWAITING_REPLY");

            browser.loginAs("security.de1", "demo");
            browser.open("assurance-requests/" + reference);
            step(browser, reference, "reply", "IN_NATIONAL_CLEARANCE");
            type(browser, "task-foreignOwnership", "Rheintal Holding AG (100 %)");
            completes(browser, "company-data", "officers");
            type(browser, "task-securityOfficer", "Petra Lang");
            type(browser, "task-deputySecurityOfficer", "Jens Ott");
            completes(browser, "officers", "inspection");
            LocalDate today = LocalDate.now(clock);
            WebElement inspected = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#task-inspected-on input")));
            inspected.sendKeys(Dates.format(today, Locale.GERMAN), Keys.ENTER);
            browser.clickPresent(By.cssSelector("#task-inspection-passed vaadin-radio-button input"));
            completes(browser, "inspection", "decide");
            browser.clickPresent(By.cssSelector("#task-clearance-decision vaadin-radio-button input"));
            choose(browser, "task-level", "GEHEIM");
            WebElement expires = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#task-expires-on input")));
            expires.sendKeys(Dates.format(today.plusYears(5), Locale.GERMAN), Keys.ENTER);
            step(browser, reference, "decide", "REPLIED");

            browser.loginAs("security.jp1", "demo");
            browser.open("assurance-requests/" + reference);
            WebElement reply = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assurance-reply")));
            assertThat(reply.getText()).contains(translations.getTranslation("assurance.replyStatus.VALID",
                    Locale.JAPANESE)).contains("Petra Lang");
            assertThat(browser.driver.findElement(By.id("assurance-reply-covers")).getText())
                    .isEqualTo(translations.getTranslation("assurance.reply.covers", Locale.JAPANESE));
            step(browser, reference, "record", "CLOSED");

            browser.open("facilities/" + facility);
            WebElement register = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("clearance-state")));
            assertThat(register.getText()).contains("Petra Lang").contains("GEHEIM");
        }
    }
}
