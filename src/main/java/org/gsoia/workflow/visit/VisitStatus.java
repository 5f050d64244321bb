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
    /** Approved, but a clearance it depends on changed: the host authority lifts or confirms the suspension. */
    SUSPENDED,
    REJECTED,
    CANCELLED,
    COMPLETED,
    EXPIRED,
    /** The host authority confirmed a suspension: the approval no longer stands. */
    APPROVAL_WITHDRAWN;

    /** The statuses in which a request is over (for queries; {@link #isFinal()} says it of one status). */
    public static final Set<VisitStatus> ENDED = Set.of(REJECTED, CANCELLED, COMPLETED, EXPIRED, APPROVAL_WITHDRAWN);
    /** An approval that stands or awaits only the host facility's acknowledgement: a clearance change suspends it. */
    public static final Set<VisitStatus> SUSPENDABLE = Set.of(APPROVED, AWAITING_ACKNOWLEDGEMENT);
    /** From here on the host authority's approval or rejection stands (confirmed where four eyes are needed). */
    private static final Set<VisitStatus> DECIDED = Set.of(AWAITING_ACKNOWLEDGEMENT, APPROVED, SUSPENDED, REJECTED,
            COMPLETED, EXPIRED, APPROVAL_WITHDRAWN);

    public boolean isFinal() {
        return ENDED.contains(this);
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
