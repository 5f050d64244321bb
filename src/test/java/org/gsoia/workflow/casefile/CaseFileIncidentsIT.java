package org.gsoia.workflow.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.TestVisits;
import org.gsoia.workflow.visit.VisitTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An automatic step that fails (the database refuses a visit's escalation, as it would in an outage) is retried by
 * the engine as {@code gsoia.jobs.retry-cycle} says, then becomes an incident; the case file shows it to
 * administrators only, and an administrator's retry, once the cause is gone, moves the case on and is audited.
 */
@GsoiaSpringTest
class CaseFileIncidentsIT {

    /** The timer on the review task that runs "Record escalation" when the decision is overdue. */
    private static final String DECISION_DUE = "decisionDue";

    @Autowired ApplicationContext context;
    @Autowired VisitTasks visitTasks;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();

    @AfterEach
    void tearDown() {
        KaribuLogin.logout();
        jdbc.execute("drop trigger if exists refuse_escalation on visit_request");
        jdbc.execute("drop function if exists refuse_escalation()");
    }

    @Test
    void aFailedStepIsRetriedThenAnIncidentWhichAnAdministratorRetriesFromTheCaseFile() {
        String reference = TestVisits.submitGermanVisit(context, 61, "DE-GEHEIM");
        String certify = visitTasks.openTasksOf(reference, "officer.de2").stream()
                .filter(t -> t.taskKey().equals("certifyClearances")).findFirst().orElseThrow().taskId();
        visitTasks.certify(certify, "officer.de2", true, null);
        refuseEscalationOf(reference);

        Job timer = decisionDueTimer(reference);
        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> managementService.executeJob(timer.getId())).isNotNull();
            Job failed = managementService.createJobQuery().jobId(timer.getId()).singleResult();
            assertThat(failed.getRetries()).as("retries counted down by the retry cycle R3").isEqualTo(retriesLeft);
            // the cycle's wait (PT5M) from the failure on, not the timer's own due date days ahead
            assertThat(failed.getDuedate().toInstant()).isBetween(clock.instant().plus(Duration.ofMinutes(4)),
                    clock.instant().plus(Duration.ofMinutes(6)));
        }
        assertThat(runtimeService.createIncidentQuery().configuration(timer.getId()).count()).isEqualTo(1);
        assertThat(escalated(reference)).isFalse();

        open("officer.jp1", reference);
        assertThat(_find(Div.class, spec -> spec.withId("case-incidents"))).as("authorities see no incidents").isEmpty();
        KaribuLogin.logout();

        open("admin", reference);
        Div section = _get(Div.class, spec -> spec.withId("case-incidents"));
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Record escalation", "org.postgresql.util.PSQLException")
                .as("the failure's message stays out").doesNotContain("refused for the test");
        Button retry = _get(Button.class, spec -> spec.withId("case-incident-retry-" + timer.getId()));

        jdbc.execute("drop trigger refuse_escalation on visit_request");
        _click(retry);
        assertThat(_get(Div.class, spec -> spec.withId("case-incident-message")).getText())
                .isEqualTo(translations.getTranslation("casefile.incident.retried", Locale.ENGLISH, "Record escalation"));
        assertThat(runtimeService.createIncidentQuery().configuration(timer.getId()).count()).isZero();
        assertThat(_find(Button.class, spec -> spec.withId("case-incident-retry-" + timer.getId()))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where user_id = 'admin'"
                + " and action = 'INCIDENT_RETRIED' and subject = ?", Integer.class, reference)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where job_id_ = ?"
                + " and operation_type_ = 'SetJobRetries' and user_id_ = 'admin'", Integer.class, timer.getId()))
                .as("the engine's operation log names the administrator").isPositive();

        // due at once: the job executor may take it before this test does
        long until = System.currentTimeMillis() + 30_000;
        while (!escalated(reference) && System.currentTimeMillis() < until) {
            try {
                managementService.executeJob(timer.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                sleep();
            }
        }
        assertThat(escalated(reference)).as("the step ran after the retry").isTrue();
        assertThat(managementService.createJobQuery().jobId(timer.getId()).count()).isZero();
    }

    /** A database that refuses exactly this visit's escalation, with a message that must not reach the screen. */
    private void refuseEscalationOf(String reference) {
        jdbc.execute("create or replace function refuse_escalation() returns trigger language plpgsql as $$ begin "
                + "if new.escalated and not old.escalated and new.reference = '" + reference + "' then "
                + "raise exception 'escalation of % refused for the test', new.reference; end if; return new; end $$");
        jdbc.execute("create trigger refuse_escalation before update on visit_request for each row "
                + "execute function refuse_escalation()");
    }

    private Job decisionDueTimer(String reference) {
        String processId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        return managementService.createJobQuery().processInstanceId(processId).activityId(DECISION_DUE).singleResult();
    }

    private boolean escalated(String reference) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select escalated from visit_request where reference = ?",
                Boolean.class, reference));
    }

    private void open(String userId, String reference) {
        KaribuLogin.loginAndOpen(context, userId);
        UI.getCurrent().navigate("cases/" + reference);
        _get(CaseFileView.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
