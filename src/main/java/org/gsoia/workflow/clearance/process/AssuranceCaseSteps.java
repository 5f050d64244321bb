package org.gsoia.workflow.clearance.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gsoia.workflow.clearance.AssuranceProgress;
import org.springframework.stereotype.Component;

/**
 * The process's hands in the domain: each service task of {@code facility-clearance.bpmn} calls one method here.
 * Thin on purpose: it reads the case's reference from the business key and hands over to {@link AssuranceProgress}.
 */
// public: the process engine's expression language only calls methods of public classes
@Component("assuranceCaseSteps")
public class AssuranceCaseSteps {

    private final AssuranceProgress progress;

    AssuranceCaseSteps(AssuranceProgress progress) {
        this.progress = progress;
    }

    public void markReplyOverdue(DelegateExecution execution) {
        progress.markReplyOverdue(execution.getProcessBusinessKey());
    }

    public void sendStatusUpdate(DelegateExecution execution) {
        progress.sendStatusUpdate(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
