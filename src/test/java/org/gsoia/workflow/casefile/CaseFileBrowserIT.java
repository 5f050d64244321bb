package org.gsoia.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gsoia.workflow.support.Browser;
import org.gsoia.workflow.support.GsoiaServerTest;
import org.gsoia.workflow.visit.TestVisits;
import org.gsoia.workflow.visit.VisitRequest;
import org.gsoia.workflow.visit.VisitRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file in headless Chromium: a Japanese officer opens a case waiting for the host authority's decision and
 * bpmn-js draws its process with the path taken and the waiting task marked.
 */
@GsoiaServerTest
class CaseFileBrowserIT {

    @LocalServerPort int port;
    @Autowired VisitRequests visitRequests;

    @Test
    void theProcessDiagramShowsCompletedStepsTheTakenPathAndTheWaitingTask() {
        List<VisitRequest> german = TestVisits.requestsOf(visitRequests, "applicant.de");
        String inReview = german.stream().filter(r -> r.getStatus().name().equals("IN_REVIEW")).reduce((a, b) -> b)
                .orElseThrow().getReference();

        try (Browser browser = new Browser(port)) {
            browser.loginAs("officer.jp1", "demo");
            browser.open("cases/" + inReview);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), inReview));
            browser.click(By.id("case-tab-diagram"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("gsoia-bpmn-diagram[rendered] svg")));

            assertThat(browser.driver.findElements(By.cssSelector("gsoia-bpmn-diagram .djs-element.gsoia-completed")))
                    .as("completed activities").isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("gsoia-bpmn-diagram [data-element-id='reviewRequest'].gsoia-active")))
                    .as("the waiting decision").hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("gsoia-bpmn-diagram .djs-connection.gsoia-taken")))
                    .as("sequence flows taken").isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector(
                    "gsoia-bpmn-diagram [data-element-id='certificationOutcomeToReturnedBySendingAuthority'].gsoia-taken")))
                    .as("a path not taken").isEmpty();
        }
    }
}
