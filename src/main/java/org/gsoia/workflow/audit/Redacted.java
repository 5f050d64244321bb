package org.gsoia.workflow.audit;

/**
 * An exception as it goes to the log: its class and stack trace (what an operator needs to find the fault), without
 * the messages, which carry user ids, names and case content (an engine error names the user; a constraint
 * violation quotes the value). The incident number ties the log entry to what the user was shown.
 */
public final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The same chain of causes, each with its class and frames only. */
    public static Throwable of(Throwable original) {
        if (original == null) {
            return null;
        }
        Throwable cause = original.getCause() == original ? null : original.getCause();
        return new Redacted(original, of(cause));
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
