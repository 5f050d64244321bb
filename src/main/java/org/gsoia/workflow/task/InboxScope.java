package org.gsoia.workflow.task;

/** Whose tasks the inbox shows. */
public enum InboxScope {
    /** Tasks assigned to the user. */
    MINE,
    /** Unassigned tasks offered to one of the user's groups. */
    GROUPS,
    /** Both, plus tasks of the user's groups that colleagues have claimed. */
    ALL
}
