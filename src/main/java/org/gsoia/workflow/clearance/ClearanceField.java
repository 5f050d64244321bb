package org.gsoia.workflow.clearance;

import java.util.Objects;
import java.util.function.Function;

/** The fields of the register that a change can touch, in the order the history names them. */
public enum ClearanceField {
    STATUS(ClearanceChange::status),
    LEVEL(ClearanceChange::levelId),
    STORAGE_LEVEL(ClearanceChange::storageLevelId),
    EXPIRES_ON(ClearanceChange::expiresOn),
    RESTRICTIONS(ClearanceChange::restrictions),
    ISSUING_AUTHORITY(ClearanceChange::issuingAuthorityId),
    SECURITY_OFFICER(ClearanceChange::securityOfficer),
    DEPUTY_SECURITY_OFFICER(ClearanceChange::deputySecurityOfficer),
    REASONS_REFERENCE(ClearanceChange::reasonsReference);

    private final Function<ClearanceChange, Object> value;

    ClearanceField(Function<ClearanceChange, Object> value) {
        this.value = value;
    }

    public Object valueIn(ClearanceChange state) {
        return value.apply(state);
    }

    boolean differs(ClearanceChange before, ClearanceChange after) {
        return !Objects.equals(valueIn(before), valueIn(after));
    }
}
