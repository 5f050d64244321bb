package org.gsoia.workflow.visit;

/** What the host authority decides on a request (process variable {@code decision}). */
public enum HostAuthorityDecision {
    APPROVE,
    /** Approved with a lower releasable level, fewer sites or dates; the conditions are stated. */
    APPROVE_WITH_CONDITIONS,
    /** Rejected with a reason code. */
    REJECT,
    /** Back to the applicant for information; the decision clock pauses. */
    REQUEST_INFORMATION,
    /** Back to the applicant for correction and resubmission. */
    RETURN;

    public boolean approves() {
        return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
    }
}
