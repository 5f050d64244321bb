package org.gsoia.workflow.breach.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gsoia.workflow.breach.Transmissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths of {@code transmission-receipt}: the receipt comes in time, or the deadline opens a possible loss. */
@Deployment(resources = "bpmn/transmission-receipt.bpmn")
class TransmissionReceiptProcessTest {

    static final Date DUE = Date.from(Instant.parse("2030-03-12T23:00:00Z"));

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml").build();

    ProcessEngine processEngine;
    Transmissions transmissions;

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
        transmissions = mock(Transmissions.class);
        Mocks.register("transmissionSteps", new TransmissionSteps(transmissions));
    }

    @AfterEach
    void unbind() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance dispatched(String reference) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(TransmissionProcess.PROCESS_KEY,
                reference, Map.of(TransmissionProcess.RECEIPT_DUE_AT.name(), DUE));
        assertThat(instance).isWaitingAt("receiptOrDeadline");
        assertThat(job("receiptOverdue", instance)).hasDueDate(DUE);
        return instance;
    }

    @Test
    void aReceiptInTimeEndsTheWaitWithoutABreach() {
        ProcessInstance instance = dispatched("TR-2030-000001");
        runtimeService().createMessageCorrelation(TransmissionProcess.MESSAGE_RECEIVED)
                .processInstanceBusinessKey("TR-2030-000001").correlate();
        assertThat(instance).isEnded().hasPassed("itemReceived").hasNotPassed("openPossibleLoss");
        verify(transmissions, never()).receiptOverdue("TR-2030-000001");
    }

    @Test
    void anOverdueReceiptOpensAPossibleLoss() {
        ProcessInstance instance = dispatched("TR-2030-000002");
        execute(job("receiptOverdue", instance));
        verify(transmissions).receiptOverdue("TR-2030-000002");
        assertThat(instance).isEnded().hasPassed("possibleLossReported");
    }
}
