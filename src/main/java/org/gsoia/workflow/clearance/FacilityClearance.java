package org.gsoia.workflow.clearance;

import java.time.LocalDate;
import org.gsoia.workflow.agreement.ClassificationLevel;
import org.gsoia.workflow.agreement.Facility;
import org.gsoia.workflow.agreement.FscStatus;

/**
 * A facility's clearance as the register states it (what a reply to an assurance request gives, R-FC-02), with the
 * version that a change must be based on; {@code textLanguage} is the language the restrictions were written in.
 */
public record FacilityClearance(String facilityId, String partyCode, FscStatus status, String levelId,
                                String storageLevelId, LocalDate expiresOn, String restrictions,
                                String issuingAuthorityId, String securityOfficer, String deputySecurityOfficer,
                                String reasonsReference, String textLanguage, long version) {

    static FacilityClearance of(Facility facility) {
        return new FacilityClearance(facility.getId(), facility.getPartyCode(), facility.getFscStatus(),
                facility.getFscLevel().map(ClassificationLevel::getId).orElse(null),
                facility.getFscStorageLevel().map(ClassificationLevel::getId).orElse(null),
                facility.getFscExpiresOn().orElse(null), facility.getFscRestrictions(),
                facility.getFscIssuingAuthorityId(), facility.getSecurityOfficer(),
                facility.getDeputySecurityOfficer(), facility.getFscReasonsReference(), facility.getFscTextLanguage(),
                facility.getVersion());
    }

    /** The clearance's fields as the change form starts from them (without a reason). */
    public ClearanceChange asChangeForForm() {
        return asChange(null);
    }

    /** What the other party reads: the clearance as a reply states it, without the reasons file's reference. */
    FacilityClearance withoutInternals() {
        return new FacilityClearance(facilityId, partyCode, status, levelId, storageLevelId, expiresOn, restrictions,
                issuingAuthorityId, securityOfficer, deputySecurityOfficer, null, textLanguage, version);
    }

    /** The clearance's fields as a change with the given reason, for comparing and for the form. */
    ClearanceChange asChange(String reason) {
        return new ClearanceChange(status, levelId, storageLevelId, expiresOn, restrictions, issuingAuthorityId,
                securityOfficer, deputySecurityOfficer, reasonsReference, reason);
    }
}
