package org.gsoia.workflow.clearance.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.gsoia.workflow.clearance.ReplyStatus;

/**
 * A facility's clearance as an assurance reply states it (R-FC-02): status, level and storage level in dual marking,
 * expiry, restrictions, issuing authority and the security officers.
 */
@Schema(description = "A facility's security clearance as the register states it")
record FacilityClearanceReport(
        @Schema(example = "DE-RHEINTAL-FDH") String facilityId,
        @Schema(description = "Name in the party's own script", example = "Rheintal Avionik GmbH – Standort Friedrichshafen")
        String name,
        @Schema(description = "English name, if there is one") String nameEn,
        @Schema(description = "The name in Latin script, for names in another script") String nameLatin,
        @Schema(example = "DE") String partyCode,
        @Schema(example = "Friedrichshafen") String city,
        ReplyStatus status,
        @Schema(description = "The level the clearance covers; absent for none") ClearanceLevel level,
        @Schema(description = "The highest level the facility may store; absent for no storage") ClearanceLevel storageLevel,
        @Schema(description = "Last day of validity; absent for no date") LocalDate expiresOn,
        String restrictions,
        @Schema(description = "The authority that issued or withdrew the clearance") IssuingAuthority issuingAuthority,
        String securityOfficer,
        String deputySecurityOfficer,
        @Schema(description = "Reference of the reasons file of a suspension or revocation") String reasonsReference) {

    record ClearanceLevel(@Schema(example = "DE-GEHEIM") String id,
                          @Schema(example = "GEHEIM · DE — 極秘 (Gokuhi) / 特定秘密 (Tokutei Himitsu) · JP")
                          String dualMarking) {
    }

    record IssuingAuthority(@Schema(example = "DE-BMWE") String id,
                            @Schema(example = "Federal Ministry for Economic Affairs and Energy") String name) {
    }
}
