package org.gsoia.workflow.visit;

/** Reason codes for a rejected visit request. */
public enum RejectionReason {
    NO_NEED_TO_KNOW,
    CLEARANCE_INSUFFICIENT,
    FACILITY_CLEARANCE_INVALID,
    NO_RELEASE_AUTHORITY,
    LEAD_TIME_NOT_MET,
    OTHER
}
