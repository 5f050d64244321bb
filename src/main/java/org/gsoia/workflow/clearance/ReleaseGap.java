package org.gsoia.workflow.clearance;

import java.time.LocalDate;

/**
 * One thing that keeps an item of a classified contract from being released to the contractor (R-FC-04).
 *
 * @param kind          what is missing
 * @param person        the named person concerned (passport spelling), or null for the facility
 * @param heldLevelId   the level the clearance covers, or null
 * @param neededLevelId the level the item needs at the contractor's (or person's) party, or null
 * @param status        the clearance's status as text (an FSC or PSC status name), or null
 * @param expiresOn     the clearance's expiry, or null
 */
public record ReleaseGap(Kind kind, String person, String heldLevelId, String neededLevelId, String status,
                         LocalDate expiresOn) {

    /** What the gate found missing; each has its own message {@code contract.gap.<KIND>}. */
    public enum Kind {
        CONTRACT_CLOSED, ALREADY_RELEASED, NO_EQUIVALENT, FSC_NOT_VALID, FSC_EXPIRED, FSC_LEVEL_TOO_LOW, NO_STAFF,
        PSC_NOT_AT_CONTRACTOR, PSC_NOT_VALID, PSC_EXPIRED, PSC_LEVEL_TOO_LOW
    }

    static ReleaseGap of(Kind kind) {
        return new ReleaseGap(kind, null, null, null, null, null);
    }
}
