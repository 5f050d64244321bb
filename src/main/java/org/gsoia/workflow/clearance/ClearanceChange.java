package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import org.gsoia.workflow.agreement.FscStatus;

/**
 * What an officer records about a facility's clearance: the new state of every field, and why. Empty texts count
 * as absent.
 */
public record ClearanceChange(FscStatus status, String levelId, String storageLevelId, LocalDate expiresOn,
                              String restrictions, String issuingAuthorityId, String securityOfficer,
                              String deputySecurityOfficer, String reasonsReference, String reason) {

    public ClearanceChange {
        levelId = blankToNull(levelId);
        storageLevelId = blankToNull(storageLevelId);
        restrictions = blankToNull(restrictions);
        issuingAuthorityId = blankToNull(issuingAuthorityId);
        securityOfficer = blankToNull(securityOfficer);
        deputySecurityOfficer = blankToNull(deputySecurityOfficer);
        reasonsReference = blankToNull(reasonsReference);
        reason = blankToNull(reason);
    }

    /** Whether this states the register's fields exactly as {@code current} does (the reason aside). */
    boolean statesTheSameAs(FacilityClearance current) {
        return current.asChange(reason).equals(this);
    }

    /**
     * This change, made on a form filled with {@code read}, carried over to {@code now} (what the register states
     * after a colleague's change): the fields this change edited keep its values, every other field takes the
     * colleague's, so that saving it overwrites nothing unseen.
     */
    public ClearanceChange rebasedOnto(ClearanceChange read, ClearanceChange now) {
        return new ClearanceChange(edited(status, read.status, now.status), edited(levelId, read.levelId, now.levelId),
                edited(storageLevelId, read.storageLevelId, now.storageLevelId),
                edited(expiresOn, read.expiresOn, now.expiresOn),
                edited(restrictions, read.restrictions, now.restrictions),
                edited(issuingAuthorityId, read.issuingAuthorityId, now.issuingAuthorityId),
                edited(securityOfficer, read.securityOfficer, now.securityOfficer),
                edited(deputySecurityOfficer, read.deputySecurityOfficer, now.deputySecurityOfficer),
                edited(reasonsReference, read.reasonsReference, now.reasonsReference), reason);
    }

    private static <T> T edited(T mine, T read, T now) {
        return java.util.Objects.equals(mine, read) ? now : mine;
    }

    /** The same change without a reasons file's reference (which only a suspension or revocation states). */
    ClearanceChange withoutReasonsReference() {
        return new ClearanceChange(status, levelId, storageLevelId, expiresOn, restrictions, issuingAuthorityId,
                securityOfficer, deputySecurityOfficer, null, reason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
