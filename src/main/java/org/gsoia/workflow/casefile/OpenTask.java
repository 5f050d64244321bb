package org.gsoia.workflow.casefile;

/**
 * A task of the case waiting now: what, and who holds it (assignee or candidate groups, as readable names). Its
 * deadline is the case's, which the procedure states among the case's facts.
 */
public record OpenTask(String name, String holder) {
}
