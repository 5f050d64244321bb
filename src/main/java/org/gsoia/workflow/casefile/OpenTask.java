package org.gsoia.workflow.casefile;

import java.time.Instant;

/** A task of the case waiting now: what, who holds it (assignee or candidate groups, as readable names), by when. */
public record OpenTask(String name, String holder, Instant created, Instant due) {
}
