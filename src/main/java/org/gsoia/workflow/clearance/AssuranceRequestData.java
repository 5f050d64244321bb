package org.gsoia.workflow.clearance;

/**
 * What the requesting authority states when it asks about a company of the other party (R-FC-01). Levels are of
 * the requesting party's scale; no storage level means no storage is needed. Empty texts count as absent.
 */
public record AssuranceRequestData(String facilityId, String contractingEntity, AssuranceReason reason,
                                   String requiredLevelId, String storageLevelId, String contractReference,
                                   boolean urgent, boolean sponsorshipRequested) {

    public AssuranceRequestData {
        facilityId = blankToNull(facilityId);
        contractingEntity = blankToNull(contractingEntity);
        requiredLevelId = blankToNull(requiredLevelId);
        storageLevelId = blankToNull(storageLevelId);
        contractReference = blankToNull(contractReference);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
