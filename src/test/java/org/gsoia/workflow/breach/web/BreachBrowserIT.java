package org.gsoia.workflow.breach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.gsoia.workflow.language.Dates;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.ui.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A breach in headless Chromium, each user in their own language: Rheintal's security officer reports a loss and opens
 * the case, BMWE notifies Japan, ATLA assesses the damage, BMWE investigates and writes the final report, ATLA accepts
 * it, and the case is closed.
 */
@GsoiaServerTest
class BreachBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired Clock clock;

    private String reference;

    @AfterEach
    void removeIt() {
        if (reference == null) {
            return;
        }
        org.gsoia.workflow.breach.TestBreaches.end(jdbc, runtimeService, reference);
    }

    private String status() {
        return jdbc.queryForObject("select status from breach_case where reference = ?", String.class, reference);
    }

    /** Types into a field and leaves it, as a user does: the value reaches the server when the field loses focus. */
    private static void type(Browser browser, String css, CharSequence... keys) {
        var field = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.sendKeys(keys);
        field.sendKeys(Keys.TAB);
    }

    private static void choose(Browser browser, String selectId, String label) {
        browser.click(By.id(selectId));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
    }

    @Test
    void aFacilitysLossReachesTheOriginatorIsInvestigatedAndClosedByItsAcceptance() {
        Translations texts = new Translations();
        ZonedDateTime discovered = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).minusMinutes(10);
        try (Browser browser = new Browser(port)) {
            browser.loginAs("facility.de", "demo");
            browser.open("breaches/new");
            choose(browser, "event-type", texts.getTranslation("breach.eventType.LOSS", Locale.GERMAN));
            type(browser, "#location input", "Gebäude 4, Registratur (Browser)");
            type(browser, "#discovered-on input", Dates.shortFormatter(Locale.GERMAN).format(discovered));
            type(browser, "#discovered-time input", DateTimeFormatter.ofPattern("HH:mm").format(discovered));
            type(browser, "#circumstances textarea", "Ordner fehlt beim Morgenabgleich.");
            type(browser, "#contact input", "Markus Hoffmann, +49 7541 000-112");
            browser.click(By.id("item-0-level"));
            browser.click(By.xpath("//vaadin-select-item[contains(normalize-space(.), 'Gokuhi')]"));
            type(browser, "#item-0-originator input", "ATLA");
            type(browser, "#item-0-registry input", "ATLA-2026-1187");
            choose(browser, "item-0-medium", texts.getTranslation("breach.medium.PAPER", Locale.GERMAN));
            browser.click(By.id("submit-breach"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/breaches/BN-\\d{4}-\\d{6}$"));
            String url = browser.driver.getCurrentUrl();
            reference = url.substring(url.lastIndexOf('/') + 1);
            assertThat(status()).isEqualTo("REPORTED");

            type(browser, "#assessment textarea", "Ein Dokument JP GOKUHI fehlt.");
            browser.click(By.id("task-action-openBreachCase"));
            browser.wait.until(driver -> "WITH_AUTHORITY".equals(status()));

            browser.loginAs("security.de1", "demo");
            browser.open("breaches/" + reference);
            browser.click(By.id("task-action-notifyOriginatingParty"));
            browser.wait.until(driver -> "INVESTIGATING".equals(status()));

            browser.loginAs("security.jp1", "demo");
            browser.open("breaches/" + reference);
            type(browser, "#damage-assessment textarea", "損害は限定的。");
            browser.click(By.id("task-action-assessDamage"));
            browser.wait.until(driver -> jdbc.queryForObject("select damage_at is not null from breach_case"
                    + " where reference = ?", Boolean.class, reference));

            browser.loginAs("security.de2", "demo");
            browser.open("breaches/" + reference);
            type(browser, "#findings textarea", "Beim Umzug der Registratur falsch abgelegt.");
            type(browser, "#cause textarea", "Umzug ohne Checkliste");
            browser.clickPresent(By.cssSelector("#likelihood vaadin-radio-button:nth-of-type(2) input"));
            browser.clickPresent(By.cssSelector("#referral vaadin-radio-button:nth-of-type(1) input"));
            browser.click(By.id("task-action-investigateBreach"));
            browser.wait.until(driver -> jdbc.queryForObject("select investigated_at is not null from breach_case"
                    + " where reference = ?", Boolean.class, reference));
            browser.open("breaches/" + reference);
            browser.clickPresent(By.cssSelector("#outcome vaadin-radio-button:nth-of-type(5) input"));
            type(browser, "#final-report textarea", "In der Umzugskiste gefunden.");
            browser.click(By.id("task-action-writeFinalReport"));
            browser.wait.until(driver -> "FINAL_REPORT".equals(status()));

            browser.loginAs("security.jp1", "demo");
            browser.open("breaches/" + reference);
            browser.clickPresent(By.cssSelector("#review-verdict vaadin-radio-button:nth-of-type(1) input"));
            browser.click(By.id("task-action-reviewFinalReport"));
            browser.wait.until(driver -> "CLOSED".equals(status()));
            browser.wait.until(ExpectedConditions.textToBe(By.id("breach-status"),
                    texts.getTranslation("breach.status.CLOSED", Locale.JAPANESE)));
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
                .as("no corrective actions: the process ended with the acceptance").isZero();
    }
}
