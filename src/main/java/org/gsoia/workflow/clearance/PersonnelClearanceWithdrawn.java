package org.gsoia.workflow.clearance;

import java.time.OffsetDateTime;

/**
 * A person's clearance was suspended, revoked, let expire or downgraded (R-FC-06): published inside the transaction
 * that changed the PSC register, so that every visit naming the person learns of it in the same transaction, or the
 * change does not happen at all.
 *
 * @param personnelClearanceId the register entry
 * @param person               the person as the passport spells the name
 * @param facilityId           the person's facility, or null
 * @param changedTo            the new status ({@code SUSPENDED}, {@code REVOKED}, {@code EXPIRED}) or
 *                             {@code DOWNGRADED} for a valid clearance at a lower level
 */
public record PersonnelClearanceWithdrawn(Long personnelClearanceId, String person, String facilityId,
                                          String changedTo, OffsetDateTime changedAt, String changedBy) {
}
