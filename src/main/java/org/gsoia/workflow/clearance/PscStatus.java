package org.gsoia.workflow.clearance;

/** State of a personnel security clearance; only {@link #VALID} gives access. */
public enum PscStatus {
    VALID, SUSPENDED, REVOKED, EXPIRED;

    /** A suspension or revocation needs the reference of its reasons file (a person may challenge it). */
    public boolean isWithdrawal() {
        return this == SUSPENDED || this == REVOKED;
    }
}
