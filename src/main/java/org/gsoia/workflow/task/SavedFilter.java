package org.gsoia.workflow.task;

/** A filter a user saved under a name, to get it back after the next login. */
public record SavedFilter(long id, String name, InboxFilter filter) {
}
