package org.gsoia.workflow.task;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A procedure's rule refused the completion of a task (e.g. the four-eyes principle): thrown by a task listener
 * inside the engine, which rolls the completion back so the task stays open. {@link UserTasks} hands it to the
 * caller unwrapped, with the translation key of what the user is told.
 */
public abstract class TaskRuleViolation extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    /** Enough for the wrappers the engine puts around a listener's exception, with room to spare. */
    private static final int MAX_CAUSE_DEPTH = 10;

    protected TaskRuleViolation(String message) {
        super(message);
    }

    /** Translation key of the message the user reads. */
    public abstract String messageKey();

    /** The violation behind an exception the engine threw, if there is one among its causes. */
    public static Optional<TaskRuleViolation> findIn(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof TaskRuleViolation violation) {
                return Optional.of(violation);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
