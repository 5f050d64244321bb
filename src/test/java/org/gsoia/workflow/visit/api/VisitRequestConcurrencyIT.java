package org.gsoia.workflow.visit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.TaskActionRefusedException;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequestSamples;
import org.gsoia.workflow.visit.VisitTasks;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Clients changing the same request at the same moment, on PostgreSQL: every loser learns it with 409 and a problem
 * document that tells it to read the request again and retry; nobody gets a 500, nothing is half-saved, and the
 * process stays in step with the request.
 */
@GsoiaSpringTest
@AutoConfigureMockMvc
class VisitRequestConcurrencyIT {

    private static final String PATH = "/api/visit-requests";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired LeadTimes leadTimes;
    @Autowired VisitTasks tasks;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private String submitted() throws Exception {
        String body = json.writeValueAsString(VisitRequestSamples.valid(leadTimes.today("JP")));
        MockHttpServletResponse answer = mvc.perform(post(PATH).with(httpBasic("applicant.de", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(201);
        return JsonPath.read(answer.getContentAsString(), "$.reference");
    }

    private String amendment(String reference, String purpose) throws Exception {
        String current = mvc.perform(get(PATH + "/" + reference).with(httpBasic("applicant.de", "demo")))
                .andReturn().getResponse().getContentAsString();
        ObjectNode body = (ObjectNode) json.readTree(current);
        // the applicant's fields only: what the system added is not part of an amendment
        for (String added : List.of("reference", "status", "sendingParty", "hostParty", "submittedAt",
                "decisionDueDate", "decision")) {
            body.remove(added);
        }
        body.put("levelId", body.get("level").get("id").asText());
        body.remove("level");
        body.put("purpose", purpose);
        return body.toString();
    }

    private MockHttpServletResponse amend(String reference, String body) throws Exception {
        return mvc.perform(put(PATH + "/" + reference).with(httpBasic("applicant.de", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse cancel(String reference) throws Exception {
        return mvc.perform(post(PATH + "/" + reference + "/cancellation").with(httpBasic("applicant.de", "demo")))
                .andReturn().getResponse();
    }

    /** Runs the calls at the same moment (as far as threads allow) and returns their results in order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> call : calls) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> done = new ArrayList<>();
            for (Future<T> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertConflictTellsToRetry(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = JsonPath.read(response.getContentAsString(), "$.detail");
        assertThat(detail).contains("read it again").contains("retry");
    }

    private int openTasks(String reference) {
        return (int) taskService.createTaskQuery().processInstanceBusinessKey(reference).count();
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference);
    }

    @Test
    void sixteenParallelAmendmentsAnswer200Or409AndNever500() throws Exception {
        String reference = submitted();
        List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String body = amendment(reference, "Design review, variant " + i);
            calls.add(() -> amend(reference, body));
        }

        List<MockHttpServletResponse> answers = atOnce(calls);

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s == 200 || s == 409)
                .contains(200);
        for (MockHttpServletResponse answer : answers) {
            if (answer.getStatus() == 409) {
                assertConflictTellsToRetry(answer);
            }
        }
        String purpose = jdbc.queryForObject("select purpose from visit_request where reference = ?", String.class,
                reference);
        assertThat(purpose).as("one amendment won, whole").startsWith("Design review, variant ");
        assertThat(status(reference)).isEqualTo("IN_CERTIFICATION");
        assertThat(openTasks(reference)).as("the process waits for one certification").isEqualTo(1);
    }

    @Test
    void aCancellationRacingAnAmendmentLeavesOneOfThemAndNo500() throws Exception {
        for (int round = 0; round < 3; round++) {
            String reference = submitted();
            String body = amendment(reference, "Design review, moved hall");

            List<MockHttpServletResponse> answers = atOnce(List.of(() -> amend(reference, body),
                    () -> cancel(reference)));

            int amended = answers.get(0).getStatus();
            int cancelled = answers.get(1).getStatus();
            assertThat(amended).as("round %d amendment", round).isIn(200, 409);
            assertThat(cancelled).as("round %d cancellation", round).isIn(204, 409);
            assertThat(amended == 200 || cancelled == 204).as("one of them went through").isTrue();
            if (cancelled == 204) {
                assertThat(status(reference)).isEqualTo("CANCELLED");
                assertThat(openTasks(reference)).isZero();
            } else {
                assertConflictTellsToRetry(answers.get(1));
                assertThat(status(reference)).isEqualTo("IN_CERTIFICATION");
            }
        }
    }

    @Test
    void anAmendmentRacingTheHostAuthoritysDecisionIsNeverA500() throws Exception {
        for (int round = 0; round < 3; round++) {
            String reference = submitted();
            tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
            String review = task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST);
            String body = amendment(reference, "Design review with the integration team");

            List<Object> results = atOnce(List.of(() -> amend(reference, body).getStatus(), () -> {
                try {
                    tasks.decide(review, "officer.jp1", HostAuthorityDecision.REJECT, null, null,
                            org.gsoia.workflow.visit.RejectionReason.NO_NEED_TO_KNOW, "Sites not named");
                    return "decided";
                } catch (TaskActionRefusedException gone) {
                    return "task gone";
                }
            }));

            assertThat(results.get(0)).as("round %d amendment", round).isIn(200, 409);
            assertThat(results.get(1)).as("round %d decision", round).isIn("decided", "task gone");
            String status = status(reference);
            if ("decided".equals(results.get(1)) && results.get(0).equals(409)) {
                assertThat(status).isEqualTo("REJECTED");
            } else if (results.get(0).equals(200)) {
                assertThat(status).as("the amendment came last and reopened certification")
                        .isIn("IN_CERTIFICATION", "REJECTED");
            }
            assertThat(openTasks(reference)).as("never a task left behind").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void anAmendmentBasedOnAnOlderVersionIsRefusedWith412() throws Exception {
        String reference = submitted();
        String etag = mvc.perform(get(PATH + "/" + reference).with(httpBasic("applicant.de", "demo")))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        MockHttpServletResponse first = mvc.perform(put(PATH + "/" + reference).with(httpBasic("applicant.de", "demo"))
                .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .content(amendment(reference, "First change"))).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isNotEqualTo(etag);

        MockHttpServletResponse stale = mvc.perform(put(PATH + "/" + reference).with(httpBasic("applicant.de", "demo"))
                .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .content(amendment(reference, "Second change, on the old version"))).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(jdbc.queryForObject("select purpose from visit_request where reference = ?", String.class,
                reference)).isEqualTo("First change");
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId)).taskId();
    }
}
