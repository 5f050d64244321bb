package org.gsoia.workflow.visit;

import java.util.Date;

/** An open task of the visit-request procedure, as shown to the people who may work on it. */
public record VisitTask(String id, String taskKey, String reference, String assignee, Date created, Date due) {
}
