package org.gsoia.workflow.task;

/** Due-date filter and badge of an inbox row. */
public enum DueState {
    ANY, OVERDUE, AT_RISK, ON_TIME
}
