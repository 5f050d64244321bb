package org.gsoia.workflow.clearance;

/** Where an FSC assurance request stands, for both authorities. */
public enum AssuranceStatus {
    /** Filed; the receiving authority owes the reply. */
    AWAITING_REPLY,
    /** Replied "in process" or sponsorship accepted: the receiving party's national clearance runs. */
    IN_NATIONAL_CLEARANCE,
    /** The final reply is out; the requesting authority records the assurance. */
    REPLIED,
    /** The requesting authority recorded the assurance. */
    CLOSED,
    /** The requesting authority withdrew the request. */
    WITHDRAWN;

    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
