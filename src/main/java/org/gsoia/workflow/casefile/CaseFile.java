package org.gsoia.workflow.casefile;

import java.util.List;
import org.gsoia.workflow.procedure.Procedure;

/**
 * One case as its reader sees it: its procedure, the procedure's content and the engine's open tasks, with the holder
 * of the case (who must act now: the assignee or the authority, party or organisation the task is offered to).
 */
public record CaseFile(Procedure procedure, CaseFileContent content, List<OpenTask> openTasks) {

    public CaseFile {
        openTasks = List.copyOf(openTasks);
    }

    /** The distinct holders of the open tasks, in task order; empty when nobody needs to act. */
    public List<String> holders() {
        return openTasks.stream().map(OpenTask::holder).distinct().toList();
    }
}
