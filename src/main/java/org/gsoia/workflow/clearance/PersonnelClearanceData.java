package org.gsoia.workflow.clearance;

import java.time.LocalDate;

/**
 * What an officer records about a person's clearance (R-FC-08). The passport spelling is kept as the passport's
 * machine-readable zone writes it ({@code SURNAME, GIVEN NAMES}, capitals). Empty texts count as absent.
 */
public record PersonnelClearanceData(String nameNative, String namePassport, LocalDate dateOfBirth,
                                     String facilityId, String scheme, String levelId, LocalDate issuedOn,
                                     LocalDate expiresOn, PscStatus status, String reasonsReference) {

    public PersonnelClearanceData {
        nameNative = AssuranceRequestData.blankToNull(nameNative);
        namePassport = AssuranceRequestData.blankToNull(namePassport);
        facilityId = AssuranceRequestData.blankToNull(facilityId);
        scheme = AssuranceRequestData.blankToNull(scheme);
        levelId = AssuranceRequestData.blankToNull(levelId);
        reasonsReference = AssuranceRequestData.blankToNull(reasonsReference);
    }
}
