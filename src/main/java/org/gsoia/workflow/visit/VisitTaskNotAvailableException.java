package org.gsoia.workflow.visit;

/**
 * The task is gone (completed or claimed by a colleague meanwhile) or not the user's: the user gets a clear message
 * and a fresh list, never an error page.
 */
public class VisitTaskNotAvailableException extends RuntimeException {

    public VisitTaskNotAvailableException(String taskId) {
        super("Task " + taskId + " is no longer available to you");
    }
}
