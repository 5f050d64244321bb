package org.gsoia.workflow.visit;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown when a visit decision would be confirmed by the officer who took it, or by nobody known.
 * It is a {@link ProcessEngineException} so that the engine rolls the completion back and the task stays open.
 */
public class FourEyesViolationException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    /** Enough for the two wrappers the engine puts around a task listener's exception, with room to spare. */
    private static final int MAX_CAUSE_DEPTH = 10;

    public FourEyesViolationException(String message) {
        super(message);
    }

    /**
     * The violation behind an exception from {@code TaskService.complete}: the engine reports a listener's exception
     * wrapped in its own {@link ProcessEngineException}s, so callers look for it along the causes.
     */
    public static Optional<FourEyesViolationException> findIn(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof FourEyesViolationException violation) {
                return Optional.of(violation);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
