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

    /**
     * Where an entry comes from, in the order the things of one moment happen: the process starts, a task is done,
     * the user's action is recorded, the next task opens, the process ends.
     */
    public enum Kind {
        PROCESS_STARTED("process"), TASK_COMPLETED("task_completed"), TASK_WITHDRAWN("task_withdrawn"),
        ACTION("action"), TASK_OPENED("task_opened"), PROCESS_ENDED("process");

        private final String style;

        Kind(String style) {
            this.style = style;
        }

        /** The CSS class suffix of the kind: both ends of the process look alike. */
        public String style() {
            return style;
        }
    }
}
