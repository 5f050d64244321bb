package org.gsoia.workflow.breach.process;

import org.gsoia.workflow.task.TaskRuleViolation;

/** Thrown when someone who reported the breach or is involved in it would investigate it; the task stays open. */
public class InvestigatorNotIndependentException extends TaskRuleViolation {

    private static final long serialVersionUID = 1L;

    public InvestigatorNotIndependentException(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "breach.task.notIndependent";
    }
}
