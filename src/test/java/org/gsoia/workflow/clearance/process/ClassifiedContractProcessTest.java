package org.gsoia.workflow.clearance.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code classified-contract}: a contractor that reports periodically (report due, submitted, the next
 * one scheduled; closed while waiting and while a report is open) and one that does not (closed out only).
 */
@Deployment(resources = "bpmn/classified-contract.bpmn")
class ClassifiedContractProcessTest {

    static final Date FIRST_DUE = Date.from(Instant.parse("2027-06-01T22:00:00Z"));
    static final Date SECOND_DUE = Date.from(Instant.parse("2027-12-01T23:00:00Z"));

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml").build();

    ProcessEngine processEngine;

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void unbind() {
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(boolean reportsDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ContractProcess.REPORTS_DUE.name(), reportsDue);
        variables.put(ContractProcess.CONTRACTOR_GROUP.name(), "org-de-nordwerk");
        if (reportsDue) {
            variables.put(ContractProcess.REPORT_DUE_AT.name(), FIRST_DUE);
        }
        return runtimeService().startProcessInstanceByKey(ContractProcess.PROCESS_KEY, "CC-2027-000001", variables);
    }

    private void close() {
        runtimeService().createMessageCorrelation(ContractProcess.MESSAGE_CLOSED)
                .processInstanceBusinessKey("CC-2027-000001").correlate();
    }

    @Test
    void aReportingContractorGetsAReportTaskEachTimeOneFallsDue() {
        ProcessInstance instance = start(true);
        assertThat(instance).isWaitingAtExactly("awaitReportOrClose");
        assertThat(job("reportDue", instance)).hasDueDate(FIRST_DUE);
        execute(job("reportDue", instance));
        assertThat(instance).isWaitingAtExactly(ContractProcess.SUBMIT_REPORT);
        assertThat(task()).hasCandidateGroup("org-de-nordwerk");
        complete(task(ContractProcess.SUBMIT_REPORT, instance),
                withVariables(ContractProcess.REPORT_DUE_AT.name(), SECOND_DUE));
        assertThat(instance).isWaitingAtExactly("awaitReportOrClose");
        assertThat(job("reportDue", instance)).hasDueDate(SECOND_DUE);
    }

    @Test
    void closingWhileWaitingForTheNextReportEndsTheSchedule() {
        ProcessInstance instance = start(true);
        close();
        assertThat(instance).isEnded().hasPassed("closedWhileWaiting", "contractClosed")
                .hasNotPassed(ContractProcess.SUBMIT_REPORT);
    }

    @Test
    void closingWhileAReportIsOpenWithdrawsTheTask() {
        ProcessInstance instance = start(true);
        execute(job("reportDue", instance));
        close();
        assertThat(instance).isEnded().hasPassed("closedWhileReportOpen", "contractClosed");
    }

    @Test
    void aWithdrawnClearanceGivesTheContractingAuthorityATaskWhileTheContractRunsOn() {
        ProcessInstance instance = start(false);
        runtimeService().createMessageCorrelation(ContractProcess.MESSAGE_CLEARANCE_CHANGED)
                .processInstanceBusinessKey("CC-2027-000001")
                .setVariable(ContractProcess.CONTRACTING_GROUP.name(), "dsa-jp-atla").correlate();
        assertThat(instance).isWaitingAt(ContractProcess.SECURE_INFORMATION, "closedWithoutReports");
        assertThat(task()).hasCandidateGroup("dsa-jp-atla");
        complete(task(ContractProcess.SECURE_INFORMATION, instance));
        assertThat(instance).isWaitingAtExactly("closedWithoutReports").hasPassed("informationSecured");
        close();
        assertThat(instance).isEnded();
    }

    @Test
    void aContractorThatDoesNotReportOnlyWaitsForTheCloseOut() {
        ProcessInstance instance = start(false);
        assertThat(instance).isWaitingAtExactly("closedWithoutReports");
        close();
        assertThat(instance).isEnded().hasPassed("closedWithoutReports", "contractClosed")
                .hasNotPassed("reportDue");
    }
}
