package org.gsoia.workflow.agreement;

/** State of a facility security clearance; only {@link #VALID} lets classified information reach the facility. */
public enum FscStatus {
    VALID,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    PENDING
}
