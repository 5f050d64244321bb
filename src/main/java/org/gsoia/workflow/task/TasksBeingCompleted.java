package org.gsoia.workflow.task;

import org.gsoia.workflow.config.TransactionMemo;

/**
 * The tasks this transaction claims only to complete them at once ({@link UserTasks#complete}). The inbox skips the
 * claim's update for them: the completion removes the row in the same engine command. If the completion fails, the
 * transaction rolls back with the claim, so the row never shows a claim that did not happen.
 */
final class TasksBeingCompleted {

    private static final Object KEY = new Object();

    private TasksBeingCompleted() {
    }

    static void add(String taskId) {
        TransactionMemo.remember(KEY, taskId, () -> Boolean.TRUE);
    }

    static boolean contains(String taskId) {
        return TransactionMemo.recalls(KEY, taskId);
    }
}
