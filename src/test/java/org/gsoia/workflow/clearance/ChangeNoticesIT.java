package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.process.ChangeNoticeProcess;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.task.InboxRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The other party learns at once of a suspended, revoked or downgraded clearance (R-FC-06), on PostgreSQL: a notice
 * with an inbox task for its designated security authority, in the register change's transaction; a change that
 * takes nothing away notifies nobody.
 */
@GsoiaSpringTest
class ChangeNoticesIT {

    @Autowired FacilityClearances clearances;
    @Autowired ChangeNotices notices;
    @Autowired ChangeNoticeTasks tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String facility;

    @BeforeEach
    void aGermanFacility() {
        facility = TestFacilities.germanValidGeheim(jdbc, LocalDate.now(clock).plusYears(2));
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from fsc_change_notice where facility_id = ?", facility);
        TestFacilities.remove(jdbc, facility);
    }

    private void change(FscStatus status, String levelId, String reasonsReference) {
        change(status, levelId, reasonsReference, null);
    }

    private void change(FscStatus status, String levelId, String reasonsReference, String restrictions) {
        FacilityClearance now = clearances.clearance(facility, "security.de1").orElseThrow();
        clearances.change(facility, "security.de1", now.version(), new ClearanceChange(status, levelId,
                now.storageLevelId(), now.expiresOn(), restrictions, now.issuingAuthorityId(),
                now.securityOfficer(), now.deputySecurityOfficer(), reasonsReference, "Test " + status));
    }

    private String notice() {
        return jdbc.queryForObject("select reference from fsc_change_notice where facility_id = ? order by id desc"
                + " limit 1", String.class, facility);
    }

    private int notices() {
        return jdbc.queryForObject("select count(*) from fsc_change_notice where facility_id = ?", Integer.class,
                facility);
    }

    @Test
    void aSuspensionGivesJapansSecurityAuthorityATaskAtOnceAndOnlyIt() {
        change(FscStatus.SUSPENDED, "DE-GEHEIM", "BMWE-GS-2026-0900");
        String reference = notice();
        assertThat(reference).startsWith("CN-");
        ChangeNotice notice = notices.find(reference, "security.jp1").orElseThrow();
        assertThat(notice.getChangedTo()).isEqualTo("SUSPENDED");
        assertThat(notice.getReceivingAuthorityId()).isEqualTo("JP-ATLA");
        assertThat(notices.find(reference, "security.de2")).as("the notifying authority reads it").isPresent();
        assertThat(notices.find(reference, "officer.jp1")).as("not the visit officers").isEmpty();
        assertThat(tasks.openTasksOf(reference, "security.de1")).isEmpty();

        InboxRow task = tasks.openTasksOf(reference, "security.jp2").get(0);
        assertThat(task.taskKey()).isEqualTo(ChangeNoticeProcess.TAKE_NOTE_OF_CLEARANCE_CHANGE);
        assertThatThrownBy(() -> tasks.takeNote(task.taskId(), "security.jp2", "bad\u0000note"))
                .isInstanceOf(InvalidAssuranceRequestException.class);
        tasks.takeNote(task.taskId(), "security.jp2", "契約2件を確認済み。");
        ChangeNotice noted = notices.find(reference, "security.de1").orElseThrow();
        assertThat(noted.getNotedBy()).isEqualTo("security.jp2");
        assertThat(noted.getNote()).isEqualTo("契約2件を確認済み。");
    }

    @Test
    void aDowngradeNotifiesAndAChangeThatTakesNothingAwayDoesNot() {
        change(FscStatus.VALID, "DE-GEHEIM", null, "Nur Halle 2.");
        assertThat(notices()).as("restrictions may change without a notice").isZero();
        change(FscStatus.VALID, "DE-VSV", null, "Nur Halle 2.");
        assertThat(notices()).isEqualTo(1);
        ChangeNotice notice = notices.find(notice(), "security.jp1").orElseThrow();
        assertThat(notice.getChangedTo()).isEqualTo("DOWNGRADED");
        assertThat(notice.getLevelBeforeId()).isEqualTo("DE-GEHEIM");
        assertThat(notice.getLevelAfterId()).isEqualTo("DE-VSV");
    }
}
