package org.gsoia.workflow.visit.process;

import org.gsoia.workflow.task.TaskRuleViolation;

/**
 * Thrown when a visit decision would be confirmed by the officer who took it, or by nobody known. The engine rolls
 * the completion back, so the task stays open for a second officer.
 */
public class FourEyesViolationException extends TaskRuleViolation {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "visit.task.fourEyes";
    }
}
