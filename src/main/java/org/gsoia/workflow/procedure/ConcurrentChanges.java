package org.gsoia.workflow.procedure;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Recognises a failure that means "someone else changed this case or task at the same moment": the engine's own
 * optimistic lock, a claim that came second, or JPA's optimistic lock on a case row, which reaches the caller
 * wrapped in the engine's exceptions when a delegate or listener touched the row. Such a failure is never the
 * user's fault nor a server error: the user is told to read again and retry (HTTP 409, a message on screen).
 */
public final class ConcurrentChanges {

    private static final int MAX_CAUSE_DEPTH = 12;

    private ConcurrentChanges() {
    }

    public static boolean isCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (cause instanceof OptimisticLockingException
                    || cause instanceof TaskAlreadyClaimedException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.springframework.dao.ConcurrencyFailureException
                    || isTransactionRollback(cause)) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /** SQL state class 40: the database rolled the transaction back (serialization failure, deadlock). */
    private static boolean isTransactionRollback(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("40");
    }
}
