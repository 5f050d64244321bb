package org.gsoia.workflow.clearance.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the {@code assuranceCaseSteps} bean: records which step the model called, in order. Public with
 * public methods because the engine's expression language calls them by reflection.
 */
public class AssuranceCaseStepsRecorder {

    private final List<String> calls = new ArrayList<>();

    List<String> calls() {
        return List.copyOf(calls);
    }

    public void markReplyOverdue(DelegateExecution execution) {
        calls.add("markReplyOverdue");
    }

    public void sendStatusUpdate(DelegateExecution execution) {
        calls.add("sendStatusUpdate");
    }
}
