package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gsoia.workflow.agreement.FscStatus;
import org.junit.jupiter.api.Test;

/** A change carried over to what a colleague recorded meanwhile keeps its own edits and takes the colleague's. */
class ClearanceChangeTest {

    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 31);

    private static ClearanceChange clearance(FscStatus status, String officer, String reasonsReference, String reason) {
        return new ClearanceChange(status, "DE-GEHEIM", "DE-VSV", EXPIRY, null, "DE-BMWE", officer, "Jonas Albrecht",
                reasonsReference, reason);
    }

    @Test
    void ownEditsStayAndTheColleaguesChangesOfOtherFieldsAreTakenOver() {
        ClearanceChange read = clearance(FscStatus.VALID, "Karin Albers", null, null);
        ClearanceChange mine = clearance(FscStatus.REVOKED, "Karin Albers", "BMWE-1", "Revoked.");
        ClearanceChange colleagues = clearance(FscStatus.SUSPENDED, "Neuer Beauftragter", "BMWE-2", null);

        ClearanceChange rebased = mine.rebasedOnto(read, colleagues);

        assertThat(rebased.status()).isEqualTo(FscStatus.REVOKED);
        assertThat(rebased.reasonsReference()).isEqualTo("BMWE-1");
        assertThat(rebased.securityOfficer()).isEqualTo("Neuer Beauftragter");
        assertThat(rebased.reason()).isEqualTo("Revoked.");
        assertThat(rebased.levelId()).isEqualTo("DE-GEHEIM");
    }

    @Test
    void aFieldClearedByTheOfficerStaysClearedEvenIfTheColleagueFilledIt() {
        ClearanceChange read = clearance(FscStatus.VALID, "Karin Albers", null, null);
        ClearanceChange mine = clearance(FscStatus.VALID, " ", null, "Officer left.");
        ClearanceChange colleagues = clearance(FscStatus.VALID, "Neuer Beauftragter", null, null);

        assertThat(mine.rebasedOnto(read, colleagues).securityOfficer()).isNull();
    }
}
