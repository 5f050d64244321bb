package org.gsoia.workflow.casefile;

import java.time.Instant;

/**
 * One line of a case's timeline, already in the reader's language.
 *
 * @param at     when it happened
 * @param kind   where it comes from, for styling: the engine's history or the application's audit trail
 * @param actor  who did it (a person's name), or empty for the engine itself
 * @param text   what happened
 * @param detail decision, reason or note, if any
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String text, String detail) {

    public enum Kind { PROCESS, TASK_OPENED, TASK_COMPLETED, TASK_WITHDRAWN, ACTION }
}
