package org.gsoia.workflow.casefile;

import java.util.Set;

/**
 * A case's process diagram and where the case went on it: activities completed (or left, e.g. a task withdrawn by an
 * amendment), activities waiting now, activities with an open incident, and the sequence flows taken.
 */
public record DiagramState(String bpmnXml, Set<String> completed, Set<String> active, Set<String> incidents,
                           Set<String> taken) {

    public DiagramState {
        completed = Set.copyOf(completed);
        active = Set.copyOf(active);
        incidents = Set.copyOf(incidents);
        taken = Set.copyOf(taken);
    }
}
