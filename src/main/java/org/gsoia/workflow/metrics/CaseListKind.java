package org.gsoia.workflow.metrics;

/** The figures a manager can open as a list of the cases behind them. */
public enum CaseListKind {
    OPEN,
    OVERDUE,
    STARTED,
    COMPLETED,
    DECIDED,
    DECIDED_LATE,
    ESCALATED,
    AFTER_LEAD_TIME,
    BACKLOG
}
