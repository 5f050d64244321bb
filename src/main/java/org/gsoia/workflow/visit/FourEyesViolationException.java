package org.gsoia.workflow.visit;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown when a visit decision would be confirmed by the officer who took it, or by nobody known.
 * It is a {@link ProcessEngineException} so that the engine rolls the completion back and the task stays open.
 */
public class FourEyesViolationException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(String message) {
        super(message);
    }
}
