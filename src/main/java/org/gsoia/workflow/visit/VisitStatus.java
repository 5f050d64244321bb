package org.gsoia.workflow.visit;

import java.util.Set;

/** Where a visit request stands; kept in step with the process by {@code VisitCaseSteps}. */
public enum VisitStatus {
    SUBMITTED,
    CORRECTION_NEEDED,
    IN_CERTIFICATION,
    IN_REVIEW,
    INFORMATION_REQUESTED,
    AWAITING_CONFIRMATION,
    AWAITING_ACKNOWLEDGEMENT,
    APPROVED,
    REJECTED,
    CANCELLED,
    COMPLETED,
    EXPIRED;

    private static final Set<VisitStatus> FINAL = Set.of(REJECTED, CANCELLED, COMPLETED, EXPIRED);
    /** From here on the host authority's approval or rejection stands (confirmed where four eyes are needed). */
    private static final Set<VisitStatus> DECIDED = Set.of(AWAITING_ACKNOWLEDGEMENT, APPROVED, REJECTED, COMPLETED,
            EXPIRED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the host authority's decision is still to come (its due date is a deadline only then). */
    public boolean awaitsDecision() {
        return !isFinal() && !isDecided();
    }

    /** Whether a request in this status carries the host authority's final decision. */
    public boolean isDecided() {
        return DECIDED.contains(this);
    }
}
