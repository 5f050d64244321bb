package org.gsoia.workflow.breach.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gsoia.workflow.breach.Transmissions;
import org.springframework.stereotype.Component;

/** The service task of {@code transmission-receipt}: thin, the front does the work. */
@Component("transmissionSteps")
public class TransmissionSteps {

    private final Transmissions transmissions;

    TransmissionSteps(Transmissions transmissions) {
        this.transmissions = transmissions;
    }

    /** The receipt is overdue: a possible-loss breach case opens. */
    public void receiptOverdue(DelegateExecution execution) {
        transmissions.receiptOverdue(execution.getProcessBusinessKey());
    }
}
