package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PSC register on PostgreSQL: who records and who reads (personal data stays with the person's party), what an
 * entry must state (schemes and levels of the party, passport spelling, dates, the law's validity, a reasons file for
 * a withdrawal), and a change based on an old version refused.
 */
@GsoiaSpringTest
class PersonnelClearancesIT {

    @Autowired PersonnelClearances clearances;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final List<Long> recorded = new ArrayList<>();

    @AfterEach
    void removeThem() {
        recorded.forEach(id -> jdbc.update("delete from personnel_clearance where id = ?", id));
    }

    private PersonnelClearanceData japanese(String scheme, LocalDate issued, LocalDate expires) {
        return new PersonnelClearanceData("中村 彩", "NAKAMURA, AYA", LocalDate.of(1988, 4, 3), "JP-MINATO-YOK",
                scheme, "JP-GOKUHI", issued, expires, PscStatus.VALID, null);
    }

    private PersonnelClearance record(PersonnelClearanceData data, String userId) {
        PersonnelClearance entry = clearances.record(data, userId);
        recorded.add(entry.getId());
        return entry;
    }

    private void assertProblems(PersonnelClearanceData data, String... fieldAndKey) {
        assertThatThrownBy(() -> record(data, "security.jp1")).isInstanceOf(InvalidAssuranceRequestException.class)
                .extracting(e -> ((InvalidAssuranceRequestException) e).problems().stream()
                        .map(p -> p.field() + ":" + p.messageKey()).toList())
                .asList().containsExactlyInAnyOrder((Object[]) fieldAndKey);
    }

    @Test
    void japansSecurityOfficerRecordsAndOnlyJapansAuthoritiesReadIt() {
        LocalDate today = LocalDate.now(clock);
        PersonnelClearance entry = record(japanese("JP_SDS_SUITABILITY", today.minusYears(1),
                today.plusYears(4)), "security.jp1");
        assertThat(entry.getIssuingAuthorityId()).isEqualTo("JP-ATLA");
        assertThat(clearances.find(entry.getId(), "officer.jp1")).as("ATLA's visit officers read it").isPresent();
        assertThat(clearances.find(entry.getId(), "security.de1")).as("personal data stays in Japan").isEmpty();
        assertThat(clearances.find(entry.getId(), "applicant.jp")).isEmpty();
        assertThat(clearances.find(entry.getId(), "admin")).as("administrators: no personal data (issue 14)").isEmpty();
        assertThat(clearances.page("security.jp2", "nakamura", 0, 50)).extracting(PersonnelClearance::getId)
                .containsExactly(entry.getId());
        assertThat(clearances.page("security.jp2", "中村", 0, 50)).hasSize(1);
        assertThat(clearances.page("security.de2", "nakamura", 0, 50)).isEmpty();
        assertThat(clearances.count("security.jp2", null)).isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> record(japanese("JP_SDS_SUITABILITY", today, today.plusYears(1)), "officer.de1"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyFieldIsCheckedWithTheLawsValidityAndNothingIsSaved() {
        LocalDate today = LocalDate.now(clock);
        long before = jdbc.queryForObject("select count(*) from personnel_clearance", Long.class);
        assertProblems(new PersonnelClearanceData(null, null, null, null, null, null, null, null, null, null),
                "nameNative:validation.required", "namePassport:validation.required",
                "dateOfBirth:validation.required", "scheme:validation.required", "level:validation.required",
                "issuedOn:validation.required", "expiresOn:validation.required", "status:validation.required");
        assertProblems(new PersonnelClearanceData("中村\u0000彩", "Nakamura Aya", today.minusYears(10),
                        "DE-NORDWERK-BRE", "DE_UE2", "DE-GEHEIM", today.plusDays(1), today, PscStatus.SUSPENDED, ""),
                "nameNative:validation.controlCharacters", "namePassport:psc.namePassport.format",
                "dateOfBirth:psc.dateOfBirth.implausible", "facility:psc.facility.notOfParty",
                "scheme:psc.scheme.notOfParty", "level:clearance.level.notOfParty", "issuedOn:psc.issuedOn.future",
                "expiresOn:psc.expiresOn.beforeIssue", "reasonsReference:validation.required");
        // the SDS suitability assessment is valid five years, the economic-security clearance ten
        assertProblems(japanese("JP_SDS_SUITABILITY", today.minusYears(1), today.plusYears(5)),
                "expiresOn:psc.expiresOn.beyondValidity");
        assertThat(jdbc.queryForObject("select count(*) from personnel_clearance", Long.class)).isEqualTo(before);
        assertThat(record(japanese("JP_ECONOMIC_SECURITY", today.minusYears(1), today.plusYears(5)), "security.jp1")
                .getExpiresOn()).isEqualTo(today.plusYears(5));
    }

    @Test
    void aSuspensionNeedsItsReasonsFileAndAChangeOnAnOldVersionIsRefused() {
        LocalDate today = LocalDate.now(clock);
        PersonnelClearance entry = record(japanese("JP_DEFENSE_SECRET", today.minusYears(2), today.plusYears(3)),
                "security.jp1");
        int version = entry.getVersion();
        PersonnelClearanceData suspended = new PersonnelClearanceData("中村 彩", "NAKAMURA, AYA",
                LocalDate.of(1988, 4, 3), "JP-MINATO-YOK", "JP_DEFENSE_SECRET", "JP-GOKUHI", today.minusYears(2),
                today.plusYears(3), PscStatus.SUSPENDED, "ATLA-人-2026-4");
        PersonnelClearance changed = clearances.change(entry.getId(), version, suspended, "security.jp2");
        assertThat(changed.getStatus()).isEqualTo(PscStatus.SUSPENDED);
        assertThat(changed.getReasonsReference()).isEqualTo("ATLA-人-2026-4");
        assertThatThrownBy(() -> clearances.change(entry.getId(), version, japanese("JP_DEFENSE_SECRET",
                today.minusYears(2), today.plusYears(3)), "security.jp1"))
                .isInstanceOf(PersonnelClearanceChangedMeanwhileException.class);
        assertThat(jdbc.queryForList("select action from audit_event where subject = ? order by id", String.class,
                "PSC-" + entry.getId())).containsExactly("PSC_RECORDED", "PSC_CHANGED");
    }
}
