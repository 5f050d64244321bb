package org.gsoia.workflow.clearance;

/** The end of a national clearance run on sponsorship (R-FC-03). */
public enum ClearanceDecision {
    GRANTED, REFUSED
}
