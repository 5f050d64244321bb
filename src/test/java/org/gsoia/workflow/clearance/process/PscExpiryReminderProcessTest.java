package org.gsoia.workflow.clearance.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
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

/** Both paths of {@code psc-expiry-reminder}: dealt with by the facility, or lapsed with the clearance. */
@Deployment(resources = "bpmn/psc-expiry-reminder.bpmn")
class PscExpiryReminderProcessTest {

    static final Date EXPIRES_AT = Date.from(Instant.parse("2030-05-01T22:00:00Z"));

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

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PscReminderProcess.PROCESS_KEY, "PR-2030-000001", Map.of(
                PscReminderProcess.FACILITY_GROUP.name(), "org-de-rheintal",
                PscReminderProcess.EXPIRES_AT.name(), EXPIRES_AT));
    }

    @Test
    void theFacilityDealsWithIt() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAtExactly(PscReminderProcess.RENEW_OR_LET_LAPSE);
        assertThat(task()).hasCandidateGroup("org-de-rheintal").hasDefinitionKey(PscReminderProcess.RENEW_OR_LET_LAPSE);
        assertThat(job("clearanceExpired", instance)).hasDueDate(EXPIRES_AT);
        complete(task(PscReminderProcess.RENEW_OR_LET_LAPSE, instance));
        assertThat(instance).isEnded().hasPassed("reminderDealtWith");
    }

    @Test
    void itLapsesWithTheClearance() {
        ProcessInstance instance = start();
        execute(job("clearanceExpired", instance));
        assertThat(instance).isEnded().hasPassed("reminderLapsed").hasNotPassed("reminderDealtWith");
    }
}
