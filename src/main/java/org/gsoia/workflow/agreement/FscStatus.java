package org.gsoia.workflow.agreement;

/**
 * State of a facility security clearance, in the words of an assurance reply (R-FC-02); only {@link #VALID} lets
 * classified information reach the facility.
 */
public enum FscStatus {
    VALID,
    /** Applied for or being granted (the national clearance runs). */
    IN_PROCESS,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
