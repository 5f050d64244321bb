package org.gsoia.workflow.task;

/** Columns the inbox sorts by on the server; each maps to an indexed or cheap column of the read model. */
public enum InboxSort {
    DUE("t.due_at"), REFERENCE("t.case_reference"), LEVEL("t.level_rank"),
    TASK("t.task_key"), ASSIGNEE("t.assignee");

    final String column;

    InboxSort(String column) {
        this.column = column;
    }
}
