package org.gsoia.workflow.visit;

/** The kinds of request for visit (domain note R-VI-01). */
public enum VisitType {
    /** A single visit over consecutive days. */
    ONE_TIME,
    /** Repeated visits by the same visitors, approved for at most twelve months. */
    RECURRING,
    /** A visit at short notice: shorter lead time, justification and prior coordination required. */
    EMERGENCY
}
