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

/** Both paths of {@code facility-inspection}: no corrective actions, or actions followed up to done. */
@Deployment(resources = "bpmn/facility-inspection.bpmn")
class FacilityInspectionProcessTest {

    static final Date OPENS_AT = Date.from(Instant.parse("2030-03-01T23:00:00Z"));

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

    private ProcessInstance startAndOpenTheWindow() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(InspectionProcess.PROCESS_KEY,
                "IN-2030-000001", Map.of(InspectionProcess.WINDOW_OPENS_AT.name(), OPENS_AT,
                        InspectionProcess.AUTHORITY_GROUP.name(), "dsa-de-bmwe"));
        assertThat(instance).isWaitingAtExactly("inspectionWindowOpens");
        assertThat(job("inspectionWindowOpens", instance)).hasDueDate(OPENS_AT);
        execute(job("inspectionWindowOpens", instance));
        assertThat(instance).isWaitingAtExactly(InspectionProcess.CARRY_OUT);
        assertThat(task()).hasCandidateGroup("dsa-de-bmwe");
        return instance;
    }

    @Test
    void aPlannedInspectionIsCalledOffBeforeOrAfterItsWindowOpens() {
        ProcessInstance waiting = runtimeService().startProcessInstanceByKey(InspectionProcess.PROCESS_KEY,
                "IN-2030-000002", Map.of(InspectionProcess.WINDOW_OPENS_AT.name(), OPENS_AT,
                        InspectionProcess.AUTHORITY_GROUP.name(), "dsa-de-bmwe"));
        runtimeService().createMessageCorrelation(InspectionProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey("IN-2030-000002").correlate();
        assertThat(waiting).isEnded().hasPassed("inspectionCancelledEnd").hasNotPassed(InspectionProcess.CARRY_OUT);

        ProcessInstance open = startAndOpenTheWindow();
        runtimeService().createMessageCorrelation(InspectionProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey("IN-2030-000001").correlate();
        assertThat(open).isEnded().hasPassed("inspectionCancelledEnd");
    }

    @Test
    void anInspectionWithoutActionsClosesWhenItsResultIsRecorded() {
        ProcessInstance instance = startAndOpenTheWindow();
        complete(task(InspectionProcess.CARRY_OUT, instance),
                withVariables(InspectionProcess.ACTIONS_OPEN.name(), false));
        assertThat(instance).isEnded().hasPassed("inspectionClosed").hasNotPassed(InspectionProcess.FOLLOW_UP);
    }

    @Test
    void openCorrectiveActionsAreFollowedUpBeforeTheInspectionCloses() {
        ProcessInstance instance = startAndOpenTheWindow();
        complete(task(InspectionProcess.CARRY_OUT, instance),
                withVariables(InspectionProcess.ACTIONS_OPEN.name(), true));
        assertThat(instance).isWaitingAtExactly(InspectionProcess.FOLLOW_UP);
        assertThat(task()).hasCandidateGroup("dsa-de-bmwe");
        complete(task(InspectionProcess.FOLLOW_UP, instance));
        assertThat(instance).isEnded().hasPassed("correctiveActionsDone");
    }
}
