package org.gsoia.workflow.visit;

import java.time.LocalDate;
import org.gsoia.workflow.agreement.FscStatus;

/**
 * Why a facility of a visit does not hold the clearance the visit needs (R-FC-04, R-VI-09): not in the register, its
 * clearance not valid, expiring before the visit's last day, or below the visit's level. An approval waits for the
 * register to show a clearance that covers the visit.
 *
 * @param facilityId      the facility
 * @param host            whether it is the host facility (otherwise the requesting one)
 * @param kind            what is missing
 * @param status          the clearance's status in the register ({@code null} when not registered)
 * @param levelId         the level it is cleared to, of its own party ({@code null} for none)
 * @param requiredLevelId the visit's level in the facility's party's terms
 * @param expiresOn       when the clearance expires ({@code null} for no date)
 * @param neededUntil     the visit's last day
 */
public record FacilityClearanceGap(String facilityId, boolean host, Kind kind, FscStatus status, String levelId,
                                   String requiredLevelId, LocalDate expiresOn, LocalDate neededUntil) {

    public enum Kind { NOT_REGISTERED, NOT_VALID, EXPIRES_TOO_EARLY, LEVEL_TOO_LOW }
}
