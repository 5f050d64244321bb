package org.gsoia.workflow.clearance.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code facility-clearance} on an in-memory engine, timers included, with the steps recorded. */
@Deployment(resources = "bpmn/facility-clearance.bpmn")
class AssuranceRequestProcessTest {

    static final String KEY = "FC-2030-000001";
    static final String REQUESTING = "dsa-jp-atla";
    static final String RECEIVING = "dsa-de-bmwe";
    static final Date FILED = Date.from(Instant.parse("2030-03-01T09:00:00Z"));
    static final Date REPLY_DUE = Date.from(Instant.parse("2030-03-22T23:00:00Z"));

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    ProcessEngine processEngine;

    private final AssuranceCaseStepsRecorder steps = new AssuranceCaseStepsRecorder();

    @BeforeEach
    void bindEngineAndBeans() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("assuranceCaseSteps", steps);
        ClockUtil.setCurrentTime(FILED);
    }

    @AfterEach
    void unbind() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(AssuranceProcess.PROCESS_KEY, KEY, Map.of(
                AssuranceProcess.REQUESTING_AUTHORITY_GROUP.name(), REQUESTING,
                AssuranceProcess.RECEIVING_AUTHORITY_GROUP.name(), RECEIVING,
                AssuranceProcess.REPLY_DUE_DATE.name(), REPLY_DUE,
                AssuranceProcess.STATUS_UPDATE_CYCLE.name(), "R/P1M"));
    }

    private static void reply(ProcessInstance instance, boolean nationalClearance) {
        complete(task(AssuranceProcess.REPLY_TO_REQUEST, instance),
                withVariables(AssuranceProcess.NATIONAL_CLEARANCE.name(), nationalClearance));
    }

    @Test
    void aReplyFromTheRegisterGoesToTheRequestingAuthorityWhoRecordsIt() {
        ProcessInstance instance = start();
        assertThat(instance).hasBusinessKey(KEY).isWaitingAtExactly(AssuranceProcess.REPLY_TO_REQUEST);
        assertThat(task()).hasCandidateGroup(RECEIVING);
        assertThat(job("replyDue", instance)).hasDueDate(REPLY_DUE);

        reply(instance, false);
        assertThat(instance).isWaitingAtExactly(AssuranceProcess.TAKE_NOTE_OF_REPLY)
                .hasNotPassed("nationalClearance");
        assertThat(task()).hasCandidateGroup(REQUESTING);
        Assertions.assertThat(jobQuery().count()).as("the reply deadline is met").isZero();

        complete(task(AssuranceProcess.TAKE_NOTE_OF_REPLY, instance));
        assertThat(instance).isEnded().hasPassed("assuranceRecorded");
        Assertions.assertThat(steps.calls()).isEmpty();
    }

    @Test
    void aMissedReplyDeadlineEscalatesToTheRequestingAuthorityAndTheReplyStaysOpen() {
        ProcessInstance instance = start();

        execute(job("replyDue", instance));
        assertThat(instance).isWaitingAtExactly(AssuranceProcess.REPLY_TO_REQUEST,
                AssuranceProcess.ESCALATE_OVERDUE_REPLY);
        assertThat(task(AssuranceProcess.ESCALATE_OVERDUE_REPLY, instance)).hasCandidateGroup(REQUESTING);
        Assertions.assertThat(steps.calls()).containsExactly("markReplyOverdue");

        complete(task(AssuranceProcess.ESCALATE_OVERDUE_REPLY, instance));
        assertThat(instance).isWaitingAtExactly(AssuranceProcess.REPLY_TO_REQUEST).hasPassed("overdueReplyEscalated");
        Assertions.assertThat(jobQuery().count()).as("the deadline escalates once").isZero();

        reply(instance, false);
        assertThat(instance).isWaitingAtExactly(AssuranceProcess.TAKE_NOTE_OF_REPLY);
    }

    @Test
    void theNationalClearanceRunsItsStepsWithMonthlyStatusUpdatesUntilTheDecision() {
        ProcessInstance instance = start();
        reply(instance, true);
        // the sub-process waits too: its status-update timer
        assertThat(instance).isWaitingAtExactly("nationalClearance", AssuranceProcess.RECORD_COMPANY_DATA);
        assertThat(task()).hasCandidateGroup(RECEIVING);
        Job update = job("statusUpdateDue", instance);
        assertThat(update).hasDueDate(Date.from(Instant.parse("2030-04-01T09:00:00Z")));

        ClockUtil.setCurrentTime(update.getDuedate());
        execute(update);
        assertThat(instance).isWaitingAtExactly("nationalClearance", AssuranceProcess.RECORD_COMPANY_DATA);
        Assertions.assertThat(job("statusUpdateDue", instance).getDuedate())
                .as("the next update a month after the first").isEqualTo(Date.from(Instant.parse("2030-05-01T09:00:00Z")));

        for (String step : AssuranceProcess.NATIONAL_CLEARANCE_STEPS) {
            assertThat(instance).isWaitingAtExactly("nationalClearance", step);
            complete(task(step, instance));
        }
        assertThat(instance).hasPassed("clearanceDecided").isWaitingAtExactly(AssuranceProcess.TAKE_NOTE_OF_REPLY);
        Assertions.assertThat(jobQuery().count()).as("no updates after the decision").isZero();
        Assertions.assertThat(steps.calls()).containsExactly("sendStatusUpdate");

        complete(task(AssuranceProcess.TAKE_NOTE_OF_REPLY, instance));
        assertThat(instance).isEnded();
    }

    @Test
    void aWithdrawalEndsTheCaseInAnyWaitingState() {
        ProcessInstance waitingForReply = start();
        runtimeService().createMessageCorrelation(AssuranceProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(KEY).correlate();
        assertThat(waitingForReply).isEnded().hasPassed("withdrawalRecorded");

        ProcessInstance inClearance = start();
        reply(inClearance, true);
        complete(task(AssuranceProcess.RECORD_COMPANY_DATA, inClearance));
        runtimeService().createMessageCorrelation(AssuranceProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(KEY).correlate();
        assertThat(inClearance).isEnded().hasPassed("withdrawalRecorded");
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(jobQuery().count()).as("timers go with the case").isZero();
    }
}
