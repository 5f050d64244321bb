package org.gsoia.workflow.task;

/** Someone a task can be handed to. */
public record Colleague(String userId, String displayName) {
}
