package org.gsoia.workflow.task;

/**
 * An inbox action that cannot be done, with the reason the user is told. Thrown instead of the engine's
 * optimistic-locking or already-claimed failures, which must never reach a user as an error page.
 */
public class TaskActionRefusedException extends RuntimeException {

    /** Why an action was refused; each has a translated message {@code inbox.refused.<name>}. */
    public enum Reason {
        /** The task was completed, cancelled or is not visible to the user. */
        GONE,
        /** Another user claimed the task meanwhile. */
        CLAIMED_BY_OTHER,
        /** Another user changed the task at the same moment. */
        CHANGED_MEANWHILE,
        /** The chosen colleague may not work on the task. */
        NOT_A_COLLEAGUE,
        /** Only the assignee may release or hand over a claimed task. */
        NOT_YOURS
    }

    private final Reason reason;
    private final String taskId;

    public TaskActionRefusedException(Reason reason, String taskId) {
        super(reason + ": " + taskId);
        this.reason = reason;
        this.taskId = taskId;
    }

    public Reason reason() {
        return reason;
    }

    public String taskId() {
        return taskId;
    }

    public String messageKey() {
        return "inbox.refused." + reason.name();
    }
}
