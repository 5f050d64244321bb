package org.gsoia.workflow.task;

import java.time.Instant;
import java.util.List;

/**
 * Where an open task stands, as its page tells the reader: who holds it since when (or that nobody has claimed it
 * yet, and to whom it is offered), when it opened, and its deadline while it is one.
 *
 * @param holder    the name of the person who claimed the task; null while nobody has
 * @param heldSince when that person claimed it (or was handed it); null while nobody has
 * @param offeredTo the authorities or organisations the task is offered to, by name
 * @param openedAt  when the task opened
 * @param due       the end of the task's deadline; null when it has none
 * @param dueState  overdue, due soon or on time, at this moment
 */
public record TaskSituation(String holder, Instant heldSince, List<String> offeredTo, Instant openedAt, Instant due,
                            DueState dueState) {

    public TaskSituation {
        offeredTo = List.copyOf(offeredTo);
    }
}
