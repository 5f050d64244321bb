package org.gsoia.workflow.clearance;

import java.time.OffsetDateTime;

/**
 * A facility's clearance was suspended, revoked, let expire, refused or downgraded (R-FC-06): published inside the
 * transaction that changed the register, so that every case depending on the facility learns of it in the same
 * transaction, or the change does not happen at all.
 *
 * @param changedTo the new status ({@code SUSPENDED}, {@code REVOKED}, {@code EXPIRED}), {@code NONE}, or
 *                  {@code DOWNGRADED} for a valid clearance at a lower level
 */
public record FacilityClearanceWithdrawn(String facilityId, String partyCode, String changedTo, String levelBefore,
                                         String levelAfter, OffsetDateTime changedAt, String changedBy,
                                         String reason) {
}
