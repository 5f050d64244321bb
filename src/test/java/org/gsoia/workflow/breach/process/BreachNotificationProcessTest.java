package org.gsoia.workflow.breach.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gsoia.workflow.breach.BreachCases;
import org.gsoia.workflow.breach.BreachEscalation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code breach-notification}: the chain with its three escalations, the investigation with interim
 * reports and the originator asking for more, the damage assessment, closing with and without open corrective
 * actions, and the investigator-independence guard.
 */
@Deployment(resources = "bpmn/breach-notification.bpmn")
class BreachNotificationProcessTest {

    static final String REFERENCE = "BN-2030-000001";
    static final Date OFFICER_DUE = Date.from(Instant.parse("2030-03-01T10:00:00Z"));
    static final Date AUTHORITY_DUE = Date.from(Instant.parse("2030-03-02T09:00:00Z"));
    static final Date ORIGINATOR_DUE = Date.from(Instant.parse("2030-03-02T12:00:00Z"));

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml").build();

    ProcessEngine processEngine;
    BreachCases cases;

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
        cases = mock(BreachCases.class);
        Mocks.register("breachCaseSteps", new BreachCaseSteps(cases));
        Mocks.register("investigatorIndependenceGuard", new InvestigatorIndependenceGuard(cases));
    }

    @AfterEach
    void unbind() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance report() {
        Map<String, Object> values = new HashMap<>();
        values.put(BreachProcess.OFFICER_GROUP.name(), "org-de-rheintal");
        values.put(BreachProcess.AUTHORITY_GROUP.name(), "dsa-de-bmwe");
        values.put(BreachProcess.ORIGINATOR_GROUP.name(), "dsa-jp-atla");
        values.put(BreachProcess.OFFICER_DUE_AT.name(), OFFICER_DUE);
        values.put(BreachProcess.AUTHORITY_DUE_AT.name(), AUTHORITY_DUE);
        values.put(BreachProcess.INTERIM_CYCLE.name(), "R/P14D");
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(BreachProcess.PROCESS_KEY, REFERENCE,
                values);
        assertThat(instance).isWaitingAtExactly(BreachProcess.OPEN_CASE);
        assertThat(task()).hasCandidateGroup("org-de-rheintal");
        return instance;
    }

    private ProcessInstance reportedAndNotified() {
        ProcessInstance instance = report();
        complete(task(BreachProcess.OPEN_CASE, instance),
                withVariables(BreachProcess.ORIGINATOR_DUE_AT.name(), ORIGINATOR_DUE));
        assertThat(instance).isWaitingAtExactly(BreachProcess.NOTIFY_ORIGINATOR);
        assertThat(task()).hasCandidateGroup("dsa-de-bmwe");
        complete(task(BreachProcess.NOTIFY_ORIGINATOR, instance));
        assertThat(instance).isWaitingAtExactly(BreachProcess.ASSESS_DAMAGE, "investigation", BreachProcess.INVESTIGATE);
        assertThat(task(BreachProcess.ASSESS_DAMAGE, instance)).hasCandidateGroup("dsa-jp-atla");
        assertThat(task(BreachProcess.INVESTIGATE, instance)).hasCandidateGroup("dsa-de-bmwe");
        return instance;
    }

    private void investigateAndReport(ProcessInstance instance, boolean accepted) {
        taskService().setAssignee(task(BreachProcess.INVESTIGATE, instance).getId(), "security.de2");
        complete(task(BreachProcess.INVESTIGATE, instance));
        complete(task(BreachProcess.FINAL_REPORT, instance));
        assertThat(task(BreachProcess.REVIEW, instance)).hasCandidateGroup("dsa-jp-atla");
        complete(task(BreachProcess.REVIEW, instance), withVariables(BreachProcess.ACCEPTED.name(), accepted));
    }

    @Test
    void theChainRunsToTheOriginatorWhoAcceptsTheFinalReportAndTheCaseCloses() {
        ProcessInstance instance = reportedAndNotified();
        investigateAndReport(instance, true);
        assertThat(instance).isWaitingAtExactly(BreachProcess.ASSESS_DAMAGE, "reportAcceptedAndDamageAssessed");
        when(cases.close(REFERENCE)).thenReturn(false);
        complete(task(BreachProcess.ASSESS_DAMAGE, instance));
        assertThat(instance).isEnded().hasPassed("closeBreachCase", "breachCaseClosed")
                .hasNotPassed(BreachProcess.FOLLOW_UP, "escalateOfficerStep", "escalateAuthorityStep",
                        "escalateOriginatorStep", BreachProcess.INTERIM_REPORT);
    }

    @Test
    void openCorrectiveActionsAreFollowedUpAfterTheCaseCloses() {
        ProcessInstance instance = reportedAndNotified();
        when(cases.close(REFERENCE)).thenReturn(true);
        complete(task(BreachProcess.ASSESS_DAMAGE, instance));
        investigateAndReport(instance, true);
        assertThat(instance).isWaitingAtExactly(BreachProcess.FOLLOW_UP);
        assertThat(task()).hasCandidateGroup("dsa-de-bmwe");
        complete(task(BreachProcess.FOLLOW_UP, instance));
        assertThat(instance).isEnded().hasPassed("correctiveActionsDone");
    }

    @Test
    void theOriginatorAsksForMoreAndTheInvestigationGoesOn() {
        ProcessInstance instance = reportedAndNotified();
        investigateAndReport(instance, false);
        assertThat(instance).isWaitingAtExactly(BreachProcess.ASSESS_DAMAGE, "investigation", BreachProcess.INVESTIGATE);
        investigateAndReport(instance, true);
        assertThat(instance).isWaitingAtExactly(BreachProcess.ASSESS_DAMAGE, "reportAcceptedAndDamageAssessed");
    }

    @Test
    void missedOfficerAndAuthorityTargetsEscalateWhileTheCaseStaysOpenable() {
        ProcessInstance instance = report();
        Job officerTimer = job("officerTargetMissed", instance);
        assertThat(officerTimer).hasDueDate(OFFICER_DUE);
        assertThat(job("authorityTargetMissed", instance)).hasDueDate(AUTHORITY_DUE);
        execute(officerTimer);
        verify(cases).escalate(REFERENCE, BreachEscalation.Step.OFFICER, instance.getId());
        assertThat(instance).isWaitingAtExactly(BreachProcess.OPEN_CASE);
        execute(job("authorityTargetMissed", instance));
        verify(cases).escalate(REFERENCE, BreachEscalation.Step.AUTHORITY, instance.getId());
        assertThat(instance).isWaitingAtExactly(BreachProcess.OPEN_CASE).hasPassed("officerStepEscalated",
                "authorityStepEscalated");
        complete(task(BreachProcess.OPEN_CASE, instance),
                withVariables(BreachProcess.ORIGINATOR_DUE_AT.name(), ORIGINATOR_DUE));
        assertThat(job("originatorTargetMissed", instance)).hasDueDate(ORIGINATOR_DUE);
        execute(job("originatorTargetMissed", instance));
        verify(cases).escalate(REFERENCE, BreachEscalation.Step.ORIGINATOR, instance.getId());
        assertThat(instance).isWaitingAtExactly(BreachProcess.NOTIFY_ORIGINATOR);
    }

    @Test
    void aTargetMetInTimeNeverEscalates() {
        ProcessInstance instance = report();
        complete(task(BreachProcess.OPEN_CASE, instance),
                withVariables(BreachProcess.ORIGINATOR_DUE_AT.name(), ORIGINATOR_DUE));
        complete(task(BreachProcess.NOTIFY_ORIGINATOR, instance));
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("officerTargetMissed").count()).isZero();
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("originatorTargetMissed").count()).isZero();
        verify(cases, never()).escalate(anyString(), org.mockito.ArgumentMatchers.any(), anyString());
    }

    @Test
    void interimReportsFallDueEveryIntervalWhileTheInvestigationRuns() {
        ProcessInstance instance = reportedAndNotified();
        execute(job("interimReportDue", instance));
        assertThat(task(BreachProcess.INTERIM_REPORT, instance)).hasCandidateGroup("dsa-de-bmwe");
        // the cycle goes on: the next report is due one interval later
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("interimReportDue").count()).isEqualTo(1);
        complete(task(BreachProcess.INTERIM_REPORT, instance));
        assertThat(instance).hasPassed("interimReportSent").isWaitingAt(BreachProcess.INVESTIGATE);
        taskService().setAssignee(task(BreachProcess.INVESTIGATE, instance).getId(), "security.de2");
        complete(task(BreachProcess.INVESTIGATE, instance));
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("interimReportDue").count()).as("no interim reports once the investigation is done")
                .isZero();
    }

    @Test
    void theReporterOrAPersonInvolvedCannotTakeOrCompleteTheInvestigation() {
        ProcessInstance instance = reportedAndNotified();
        when(cases.involves(REFERENCE, "facility.de")).thenReturn(true);
        String taskId = task(BreachProcess.INVESTIGATE, instance).getId();
        assertThatThrownBy(() -> taskService().claim(taskId, "facility.de"))
                .matches(BreachNotificationProcessTest::refusedAsNotIndependent);
        assertThat(task(BreachProcess.INVESTIGATE, instance)).isNotAssigned();

        taskService().claim(taskId, "security.de1");
        // named as involved after taking the task: completing it is refused as well
        when(cases.involves(REFERENCE, "security.de1")).thenReturn(true);
        assertThatThrownBy(() -> taskService().complete(taskId))
                .matches(BreachNotificationProcessTest::refusedAsNotIndependent);
        assertThat(instance).isWaitingAt(BreachProcess.INVESTIGATE);

        taskService().setAssignee(taskId, "security.de2");
        taskService().complete(taskId);
        assertThat(instance).isWaitingAt(BreachProcess.FINAL_REPORT);
    }

    @Test
    void aClearanceReviewRequestedAnyTimeGivesTheAuthorityATaskBesideTheChain() {
        ProcessInstance instance = reportedAndNotified();
        runtimeService().createMessageCorrelation(BreachProcess.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(REFERENCE).correlate();
        runtimeService().createMessageCorrelation(BreachProcess.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(REFERENCE).correlate();
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(BreachProcess.REVIEW_CLEARANCE).taskCandidateGroup("dsa-de-bmwe").count())
                .as("one task per review").isEqualTo(2);
        taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(BreachProcess.REVIEW_CLEARANCE).list()
                .forEach(task -> taskService().complete(task.getId()));
        assertThat(instance).hasPassed("clearanceReviewed")
                .isWaitingAt(BreachProcess.ASSESS_DAMAGE, BreachProcess.INVESTIGATE);
    }

    private static boolean refusedAsNotIndependent(Throwable thrown) {
        return org.gsoia.workflow.task.TaskRuleViolation.findIn(thrown)
                .filter(InvestigatorNotIndependentException.class::isInstance).isPresent();
    }
}
