package org.gsoia.workflow.task;

import java.util.List;

/** Outcome of a bulk action: each task is done or refused on its own, so one refusal does not undo the rest. */
public record BulkResult(int done, List<TaskActionRefusedException> refused) {
}
