package org.gsoia.workflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The FSC register on PostgreSQL: who may record a change, what a change must state, that every change is kept with
 * who, when, what and why, and that two officers changing one clearance at once get one change and one conflict.
 */
@GsoiaSpringTest
class FacilityClearancesIT {

    @Autowired FacilityClearances clearances;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired org.gsoia.workflow.security.UserDirectory users;

    private String facility;
    private LocalDate expiry;

    @BeforeEach
    void aGermanFacilityOfItsOwn() {
        expiry = LocalDate.now(clock).plusYears(2);
        facility = TestFacilities.germanValidGeheim(jdbc, expiry);
    }

    @AfterEach
    void removeIt() {
        TestFacilities.remove(jdbc, facility);
    }

    private FacilityClearance read() {
        return clearances.clearance(facility, "security.de1").orElseThrow();
    }

    /** The facility's clearance as it stands, suspended with a reasons file. */
    private ClearanceChange suspension(String reasonsReference, String reason) {
        FacilityClearance now = read();
        return new ClearanceChange(FscStatus.SUSPENDED, now.levelId(), now.storageLevelId(), now.expiresOn(),
                now.restrictions(), now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(),
                reasonsReference, reason);
    }

    private int rows(String sql) {
        return jdbc.queryForObject(sql, Integer.class, facility);
    }

    private void assertRefused(ClearanceChange change, String... fieldAndKey) {
        FacilityClearance before = read();
        int history = rows("select count(*) from facility_clearance_change where facility_id = ?");
        int audit = rows("select count(*) from audit_event where subject = ?");
        assertThatThrownBy(() -> clearances.change(facility, "security.de1", before.version(), change))
                .isInstanceOf(ClearanceChangeRefusedException.class)
                .extracting(e -> ((ClearanceChangeRefusedException) e).problems().stream()
                        .map(p -> p.field() + ":" + p.messageKey()).toList())
                .asList().containsExactlyInAnyOrder((Object[]) fieldAndKey);
        assertThat(read()).isEqualTo(before);
        assertThat(rows("select count(*) from facility_clearance_change where facility_id = ?")).isEqualTo(history);
        assertThat(rows("select count(*) from audit_event where subject = ?")).isEqualTo(audit);
    }

    @Test
    void aSuspensionIsKeptWithWhoWhenWhatAndWhyAndItsReasonsFile() {
        FacilityClearance before = read();
        FacilityClearance after = clearances.change(facility, "security.de1", before.version(),
                suspension("BMWE-GS-2026-0999", "Security officer left; storage room unguarded."));

        assertThat(after.status()).isEqualTo(FscStatus.SUSPENDED);
        assertThat(after.reasonsReference()).isEqualTo("BMWE-GS-2026-0999");
        assertThat(after.version()).isGreaterThan(before.version());
        List<ClearanceHistoryLine> history = clearances.history(facility, "security.de1", 0, 10);
        assertThat(history).hasSize(2);
        ClearanceHistoryLine line = history.get(0);
        assertThat(line.changed()).containsExactly(ClearanceField.STATUS, ClearanceField.REASONS_REFERENCE);
        // the facility was registered before the history began: its first line is the state the change started from
        assertThat(history.get(1).changedBy()).isEqualTo(ClearanceHistoryEntry.SYSTEM);
        assertThat(history.get(1).after().status()).isEqualTo(FscStatus.VALID);
        assertThat(line.changedBy()).isEqualTo("security.de1");
        assertThat(line.after().reason()).isEqualTo("Security officer left; storage room unguarded.");
        assertThat(line.after().status()).isEqualTo(FscStatus.SUSPENDED);
        assertThat(jdbc.queryForObject("select details from audit_event where subject = ? and action = 'FSC_CHANGED'",
                String.class, facility)).contains("VALID → SUSPENDED").contains("BMWE-GS-2026-0999");
        // the other party's officers read the clearance as a reply states it, not how it came about
        assertThat(clearances.clearance(facility, "officer.jp1")).contains(after.withoutInternals());
        assertThat(clearances.clearance(facility, "officer.jp1").orElseThrow().reasonsReference()).isNull();
        assertThat(clearances.history(facility, "officer.jp1", 0, 10)).isEmpty();
        assertThat(clearances.history(facility, "officer.de1", 0, 10)).as("the own party's visit officers")
                .hasSize(2);
        assertThat(clearances.history(facility, "admin", 0, 10)).hasSize(2);
    }

    @Test
    void aClearanceGrantedAgainStatesNoReasonsFileAndRestrictionsKeepTheLanguageTheyWereWrittenIn() {
        FacilityClearance now = read();
        clearances.change(facility, "security.de1", now.version(), new ClearanceChange(FscStatus.VALID,
                now.levelId(), now.storageLevelId(), now.expiresOn(), "Nur Halle 2.", now.issuingAuthorityId(),
                now.securityOfficer(), now.deputySecurityOfficer(), null, "Auflage nach Inspektion."));
        clearances.change(facility, "security.de1", read().version(), suspension("BMWE-4", "Ausgesetzt."));
        assertThat(read().reasonsReference()).isEqualTo("BMWE-4");

        // an officer who works in English grants it again without touching the German restrictions
        users.changePreferredLocale("security.de2", Locale.ENGLISH);
        try {
            FacilityClearance suspended = read();
            FacilityClearance granted = clearances.change(facility, "security.de2", suspended.version(),
                    new ClearanceChange(FscStatus.VALID, suspended.levelId(), suspended.storageLevelId(),
                            suspended.expiresOn(), suspended.restrictions(), suspended.issuingAuthorityId(),
                            suspended.securityOfficer(), suspended.deputySecurityOfficer(), "BMWE-4",
                            "Officer appointed again."));
            assertThat(granted.reasonsReference()).as("a reasons file belongs to a withdrawal").isNull();
            assertThat(granted.textLanguage()).as("the restrictions are still German").isEqualTo("de");
            assertThat(clearances.history(facility, "security.de1", 0, 1).get(0).textLanguage())
                    .as("the reason of this change is English").isEqualTo("en");
        } finally {
            users.changePreferredLocale("security.de2", Locale.GERMAN);
        }
    }

    @Test
    void withdrawingAClearanceNeedsTheReferenceOfItsReasonsFile() {
        assertRefused(suspension(null, "Inspection found the storage room unguarded."),
                "reasonsReference:clearance.reasonsReference.required");
        FacilityClearance now = read();
        ClearanceChange revocation = new ClearanceChange(FscStatus.REVOKED, now.levelId(), null, now.expiresOn(),
                null, now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(), "  ",
                "Revoked after the inspection.");
        assertRefused(revocation, "reasonsReference:clearance.reasonsReference.required");
    }

    @Test
    void onlyOfficersOfTheFacilitysOwnPartyRecordChanges() {
        assertThat(clearances.mayMaintain("security.de1", facility)).isTrue();
        assertThat(clearances.mayMaintain("officer.de1", facility))
                .as("Germany's visit authority (BAAINBw) reads the register; BMWE keeps it").isFalse();
        assertThat(clearances.mayMaintain("officer.jp1", facility)).isFalse();
        assertThat(clearances.mayMaintain("officer.jp1", "JP-MINATO-YOK"))
                .as("in Japan, ATLA decides visits and keeps the register").isTrue();
        assertThat(clearances.mayMaintain("security.jp1", "JP-MINATO-YOK")).isTrue();
        assertThat(clearances.mayMaintain("security.jp1", facility)).isFalse();
        assertThat(clearances.mayMaintain("applicant.de", facility)).isFalse();
        assertThat(clearances.mayMaintain("manager", facility)).isFalse();
        long version = read().version();
        for (String outsider : List.of("officer.de1", "officer.jp1", "applicant.de", "facility.de", "admin")) {
            assertThatThrownBy(() -> clearances.change(facility, outsider, version, suspension("R-1", "Because.")))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(read().status()).isEqualTo(FscStatus.VALID);
        assertThat(clearances.clearance(facility, "applicant.de")).as("applicants do not read the register").isEmpty();
        assertThat(clearances.history(facility, "applicant.de", 0, 10)).isEmpty();
    }

    @Test
    void everyFieldIsCheckedAndEveryProblemNamed() {
        FacilityClearance now = read();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        assertRefused(new ClearanceChange(FscStatus.VALID, null, null, null, null, null, null, null, null, null),
                "level:validation.required", "expiresOn:validation.required", "issuingAuthority:validation.required",
                "securityOfficer:validation.required", "deputySecurityOfficer:validation.required",
                "reason:validation.required");
        assertRefused(new ClearanceChange(FscStatus.VALID, "DE-VSV", "DE-GEHEIM", yesterday, null, "DE-BAAINBW",
                        "Karin Albers", "Jonas Albrecht", null, "Renewed."),
                "storageLevel:clearance.storageLevel.aboveLevel", "expiresOn:clearance.expiresOn.past",
                "issuingAuthority:clearance.issuingAuthority.notOfParty");
        assertRefused(new ClearanceChange(FscStatus.VALID, "JP-GOKUHI", "JP-HI", expiry, null, "JP-ATLA",
                        "Karin Albers", "Jonas Albrecht", null, "Renewed."),
                "level:clearance.level.notOfParty", "storageLevel:clearance.level.notOfParty",
                "issuingAuthority:clearance.issuingAuthority.notOfParty");
        assertRefused(new ClearanceChange(FscStatus.VALID, now.levelId(), now.storageLevelId(), now.expiresOn(),
                        "x".repeat(FacilityClearances.MAX_RESTRICTIONS + 1), now.issuingAuthorityId(), "Karin\u0000Albers",
                        "Jonas\nAlbrecht", "R\t1", "Renewed.\u001b"),
                "restrictions:validation.tooLong", "securityOfficer:validation.controlCharacters",
                "deputySecurityOfficer:validation.controlCharacters", "reason:validation.controlCharacters");
        assertRefused(suspension("BMWE\t5", "Suspended."), "reasonsReference:validation.controlCharacters");
        assertRefused(new ClearanceChange(null, now.levelId(), now.storageLevelId(), now.expiresOn(), null,
                now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(), null, "Why not."),
                "status:validation.required");
        assertRefused(now.asChange("Nothing to say."), ":clearance.noChange");
        // several lines are fine where the field has several lines
        FacilityClearance changed = clearances.change(facility, "security.de1", now.version(),
                new ClearanceChange(FscStatus.VALID, now.levelId(), now.storageLevelId(), now.expiresOn(),
                        "Storage only in room 2.\nNo copies.", now.issuingAuthorityId(), now.securityOfficer(),
                        now.deputySecurityOfficer(), null, "Restriction after inspection:\nroom 1 closed."));
        assertThat(changed.restrictions()).isEqualTo("Storage only in room 2.\nNo copies.");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedAndTheFirstStays() {
        long read = read().version();
        clearances.change(facility, "security.de1", read, suspension("BMWE-1", "First officer suspends."));
        FacilityClearance now = read();
        ClearanceChange downgrade = new ClearanceChange(FscStatus.VALID, "DE-VSV", "DE-VSV", now.expiresOn(), null,
                now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(), null,
                "Second officer downgrades.");
        assertThatThrownBy(() -> clearances.change(facility, "security.de2", read, downgrade))
                .isInstanceOf(ClearanceChangedMeanwhileException.class);
        assertThat(read().status()).isEqualTo(FscStatus.SUSPENDED);
        assertThat(clearances.history(facility, "security.de1", 0, 10)).extracting(ClearanceHistoryLine::changedBy)
                .containsExactly("security.de1", ClearanceHistoryEntry.SYSTEM);
    }

    @Test
    void twoOfficersChangingAtTheSameMomentGetOneChangeAndOneConflict() throws Exception {
        ClearanceChange suspend = suspension("BMWE-2", "Suspended by the first officer.");
        FacilityClearance now = read();
        ClearanceChange downgrade = new ClearanceChange(FscStatus.VALID, "DE-VSV", "DE-VSV", now.expiresOn(), null,
                now.issuingAuthorityId(), now.securityOfficer(), now.deputySecurityOfficer(), null,
                "Downgraded by the second officer.");
        for (int round = 0; round < 3; round++) {
            long version = read().version();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> runs = new ArrayList<>();
            for (Object[] attempt : new Object[][] {{"security.de1", suspend}, {"security.de2", downgrade}}) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        clearances.change(facility, (String) attempt[0], version, (ClearanceChange) attempt[1]);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(failures).as("round " + round + ": one change, one conflict, nothing else")
                    .singleElement().isInstanceOf(ClearanceChangedMeanwhileException.class);
            assertThat(read().version()).isEqualTo(version + 1);
            // back to a state both changes differ from, for the next round
            FacilityClearance after = read();
            clearances.change(facility, "security.de1", after.version(), new ClearanceChange(FscStatus.VALID,
                    "DE-GEHEIM", "DE-VSV", expiry, null, "DE-BMWE", "Karin Albers", "Jonas Albrecht", null,
                    "Reset for the next round."));
        }
        assertThat(clearances.history(facility, "security.de1", 0, 20)).hasSize(1 + 6);
    }

    @Test
    void theHistoryPagesNewestFirstAndEachLineSaysWhatItChangedAcrossPageEnds() {
        FacilityClearance start = read();
        clearances.change(facility, "security.de1", start.version(), suspension("BMWE-3", "One."));
        FacilityClearance suspended = read();
        clearances.change(facility, "security.de2", suspended.version(), new ClearanceChange(FscStatus.REVOKED,
                suspended.levelId(), null, suspended.expiresOn(), null, suspended.issuingAuthorityId(),
                suspended.securityOfficer(), suspended.deputySecurityOfficer(), "BMWE-3", "Two."));

        List<ClearanceHistoryLine> first = clearances.history(facility, "security.de1", 0, 1);
        assertThat(first).singleElement().satisfies(line -> {
            assertThat(line.after().reason()).isEqualTo("Two.");
            assertThat(line.changed()).containsExactly(ClearanceField.STATUS, ClearanceField.STORAGE_LEVEL);
            assertThat(line.before().status()).isEqualTo(FscStatus.SUSPENDED);
        });
        List<ClearanceHistoryLine> second = clearances.history(facility, "security.de1", 1, 1);
        assertThat(second).singleElement().satisfies(line -> {
            assertThat(line.after().reason()).isEqualTo("One.");
            assertThat(line.changed()).containsExactly(ClearanceField.STATUS, ClearanceField.REASONS_REFERENCE);
            assertThat(line.before().status()).isEqualTo(FscStatus.VALID);
        });
        assertThat(clearances.history(facility, "security.de1", 2, 1)).singleElement()
                .satisfies(line -> assertThat(line.isFirst()).isTrue());
        assertThat(clearances.history(facility, "security.de1", 3, 1)).isEmpty();
    }

    @Test
    void theSeededRegisterBeginsItsHistoryWithTheStateItWasTakenOverIn() {
        List<ClearanceHistoryLine> history = clearances.history("DE-NORDWERK-KEL", "security.de1", 0, 50);
        ClearanceHistoryLine takenOver = history.get(history.size() - 1);
        assertThat(takenOver.changedBy()).isEqualTo(ClearanceHistoryEntry.SYSTEM);
        assertThat(takenOver.after().status()).isEqualTo(FscStatus.SUSPENDED);
        assertThat(takenOver.after().reasonsReference()).isNotBlank();
        assertThat(clearances.issuingAuthoritiesOf("DE")).extracting(o -> o.id()).containsExactly("DE-BMWE");
        assertThat(clearances.issuingAuthoritiesOf("JP")).extracting(o -> o.id()).containsExactly("JP-ATLA");
    }
}
