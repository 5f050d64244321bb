package org.gsoia.workflow.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitDrafts;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole visit procedure in headless Chromium: the German applicant submits, a German officer certifies, a
 * Japanese officer approves, the Japanese host facility acknowledges, the applicant downloads the letter.
 * The form's many fields are prepared as a draft (saved through the service), which the applicant opens and
 * submits in the browser.
 */
@GsoiaServerTest
class VisitBrowserIT {

    @LocalServerPort int port;
    @Autowired VisitDrafts drafts;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;

    private String status(String reference) {
        return jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference);
    }

    private void completeTask(Browser browser, String reference, String action, String expectedStatus) {
        if (!browser.driver.getCurrentUrl().endsWith("/visits/" + reference)) {
            browser.open("visits/" + reference);
        }
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("task-action-" + action)));
        browser.click(By.id("task-action-" + action));
        browser.wait.until(driver -> expectedStatus.equals(status(reference)));
    }

    @Test
    void applicantSubmitsOfficersDecideHostFacilityAcknowledgesApplicantDownloadsTheLetter() throws Exception {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(8);
        long draft = drafts.save(null, VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV"), "applicant.de");

        try (Browser browser = new Browser(port)) {
            browser.loginAs("applicant.de", "demo");
            browser.open("visits/new?draft=" + draft);
            browser.click(By.id("submit-visit-request"));
            browser.wait.until(ExpectedConditions.urlMatches(".*/visits/VR-\\d{4}-\\d{6}$"));
            String url = browser.driver.getCurrentUrl();
            String reference = url.substring(url.lastIndexOf('/') + 1);
            assertThat(status(reference)).isEqualTo("IN_CERTIFICATION");

            browser.loginAs("officer.de1", "demo");
            browser.open("visits/" + reference);
            // certifying is an explicit choice: the first option of the radio group
            browser.clickPresent(By.cssSelector("#task-certifyClearances vaadin-radio-button input"));
            completeTask(browser, reference, "complete", "IN_REVIEW");

            browser.loginAs("officer.jp1", "demo");
            browser.open("visits/" + reference);
            browser.click(By.id("decision"));
            String approve = new Translations().getTranslation("visit.decision.APPROVE", Locale.JAPANESE);
            browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + approve + "']"));
            completeTask(browser, reference, "complete", "AWAITING_ACKNOWLEDGEMENT");

            browser.loginAs("facility.jp", "demo");
            completeTask(browser, reference, "acknowledge", "APPROVED");

            browser.loginAs("applicant.de", "demo");
            browser.open("visits/" + reference);
            WebElement download = browser.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.id("download-decision-letter")));
            String href = download.getAttribute("href");
            String cookies = browser.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
