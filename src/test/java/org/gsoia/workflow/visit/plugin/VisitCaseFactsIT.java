package org.gsoia.workflow.visit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsoia.workflow.visit.TestVisits.submitGermanVisit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.gsoia.workflow.metrics.CaseFacts;
import org.gsoia.workflow.metrics.CaseListKind;
import org.gsoia.workflow.metrics.CaseRow;
import org.gsoia.workflow.metrics.DashboardFilter;
import org.gsoia.workflow.metrics.Dashboards;
import org.gsoia.workflow.metrics.Period;
import org.gsoia.workflow.procedure.CaseChanged;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.RejectionReason;
import org.gsoia.workflow.visit.VisitTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's fact tables on PostgreSQL follow a visit request through the real services and engine, inside
 * their transactions, and always equal what a rebuild from the history and the domain table gives.
 */
@GsoiaSpringTest
class VisitCaseFactsIT {

    @Autowired ApplicationContext context;
    @Autowired VisitTasks tasks;
    @Autowired TaskService taskService;
    @Autowired CaseFacts caseFacts;
    @Autowired Dashboards dashboards;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ApplicationEventPublisher events;

    private String openTask(String reference, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private Map<String, Object> facts(String reference) {
        return jdbc.queryForMap("select * from metrics_case where case_key = ?", reference);
    }

    private Map<String, Object> history(String reference) {
        return jdbc.queryForMap("select ID_, START_TIME_, END_TIME_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?",
                reference);
    }

    @Test
    void factsFollowTheCaseFromFilingToDecision() {
        String reference = submitGermanVisit(context, 40, "DE-GEHEIM");

        Map<String, Object> filed = facts(reference);
        assertThat(filed.get("proc_key")).isEqualTo("visit-request");
        assertThat(filed.get("party_code")).as("the host party decides").isEqualTo("JP");
        assertThat(filed.get("started_at")).isEqualTo(history(reference).get("START_TIME_"));
        assertThat(filed.get("ended_at")).isNull();
        assertThat(((Number) filed.get("decided")).intValue()).isZero();
        assertThat(filed.get("due_date")).isEqualTo(jdbc.queryForObject(
                "select decision_due_date from visit_request where reference = ?", java.sql.Date.class, reference));

        tasks.certify(openTask(reference, "certifyClearances"), "officer.de1", true, null);
        Map<String, Object> step = jdbc.queryForMap("select * from metrics_step where proc_inst_id = ?",
                history(reference).get("ID_"));
        assertThat(step.get("task_key")).isEqualTo("certifyClearances");
        assertThat(step.get("party_code")).isEqualTo("JP");
        assertThat(step.get("duration_ms")).isEqualTo(jdbc.queryForObject("select DURATION_ from ACT_HI_TASKINST "
                + "where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = 'certifyClearances'", Long.class,
                history(reference).get("ID_")));

        tasks.decide(openTask(reference, "reviewRequest"), "officer.jp1", HostAuthorityDecision.REJECT, null, null,
                RejectionReason.values()[0], "Not needed");
        Map<String, Object> decided = facts(reference);
        assertThat(((Number) decided.get("decided")).intValue()).as("the decision saved in the same transaction counts")
                .isEqualTo(1);
        assertThat(decided.get("outcome")).isEqualTo("REJECT");
        assertThat(((Timestamp) decided.get("resolved_at")).toLocalDateTime()).isEqualTo(jdbc.queryForObject(
                "select cast(decided_at as timestamp) from visit_request where reference = ?", Timestamp.class,
                reference).toLocalDateTime());
        assertThat(decided.get("ended_at")).isEqualTo(history(reference).get("END_TIME_"));
        assertThat(jdbc.queryForObject("select count(*) from metrics_step where proc_inst_id = ?", Long.class,
                history(reference).get("ID_"))).as("certification and review").isEqualTo(2);

        DashboardFilter japan = DashboardFilter.of(Period.WEEKS_4).withParty("JP");
        assertThat(dashboards.cases(japan, CaseListKind.DECIDED, null, null)).extracting(CaseRow::reference)
                .contains(reference);
        assertThat(dashboards.cases(japan.withParty("DE"), CaseListKind.DECIDED, null, null))
                .extracting(CaseRow::reference).doesNotContain(reference);
    }

    @Test
    void anActionRolledBackLeavesTheFactsAsTheyWere() {
        String reference = submitGermanVisit(context, 41, "DE-GEHEIM");
        Map<String, Object> before = facts(reference);
        String certification = openTask(reference, "certifyClearances");

        // certified, then something later in the same transaction fails: everything is rolled back, facts included
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            tasks.certify(certification, "officer.de1", true, null);
            throw new IllegalStateException("failure after the certification");
        })).hasMessage("failure after the certification");

        assertThat(facts(reference)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from metrics_step where proc_inst_id = ?", Long.class,
                history(reference).get("ID_"))).isZero();
        assertThat(openTask(reference, "certifyClearances")).isEqualTo(certification);
    }

    @Test
    void aChangeWithoutAnEngineEventIsTakenWhenTheProcedureAnnouncesIt() {
        String reference = submitGermanVisit(context, 42, "DE-GEHEIM");
        LocalDate moved = LocalDate.now().minusDays(3);
        jdbc.update("update visit_request set decision_due_date = ? where reference = ?", moved, reference);

        events.publishEvent(new CaseChanged(reference));

        assertThat(((java.sql.Date) facts(reference).get("due_date")).toLocalDate()).isEqualTo(moved);
        assertThat(dashboards.cases(DashboardFilter.of(Period.WEEKS_4), CaseListKind.OVERDUE, null, null))
                .extracting(CaseRow::reference).contains(reference);
    }

    @Test
    void keptFactsEqualFactsRebuiltFromTheHistory() {
        String reference = submitGermanVisit(context, 43, "DE-GEHEIM");
        tasks.certify(openTask(reference, "certifyClearances"), "officer.de1", true, null);
        List<Map<String, Object>> keptCases = jdbc.queryForList("select * from metrics_case order by proc_inst_id");
        List<Map<String, Object>> keptSteps = jdbc.queryForList("select * from metrics_step order by task_id");
        assertThat(keptCases).hasSizeGreaterThan(1);
        assertThat(caseFacts.inStep()).isTrue();

        caseFacts.rebuild();

        assertThat(jdbc.queryForList("select * from metrics_case order by proc_inst_id")).isEqualTo(keptCases);
        assertThat(jdbc.queryForList("select * from metrics_step order by task_id")).isEqualTo(keptSteps);
    }

    @Test
    void aMissingCaseIsNoticedAndRebuilt() {
        String reference = submitGermanVisit(context, 44, "DE-GEHEIM");
        jdbc.update("delete from metrics_case where case_key = ?", reference);
        assertThat(caseFacts.inStep()).isFalse();

        caseFacts.rebuild();

        assertThat(caseFacts.inStep()).isTrue();
        assertThat(facts(reference).get("party_code")).isEqualTo("JP");
    }
}
