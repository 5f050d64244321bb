package org.gsoia.workflow.visit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.support.GsoiaSpringTest;
import org.gsoia.workflow.support.KaribuLogin;
import org.gsoia.workflow.ui.Translations;
import org.gsoia.workflow.visit.demo.VisitSamples;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's clearances gate an approval (R-FC-04, R-VI-09) on PostgreSQL: the host authority cannot approve,
 * nor a second officer confirm, a visit whose facility holds no clearance covering the visit's level until its last
 * day, and the refusal says why; once the register shows one, the approval goes through.
 */
@GsoiaSpringTest
class VisitFacilityClearanceGateIT {

    @Autowired ApplicationContext context;
    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired FacilityClearances clearances;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final Translations translations = new Translations();
    private String host;

    /** A works of Minato Heavy Industries of its own, cleared GOKUHI (the equivalent of GEHEIM) for years. */
    @BeforeEach
    void aJapaneseHostFacility() {
        host = "JP-GATE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.update("insert into facility (id, organisation_id, name, name_en, city, fsc_level_id, fsc_status,"
                + " fsc_expires_on, fsc_storage_level_id, fsc_issuing_authority_id, security_officer,"
                + " deputy_security_officer, version) values (?, 'JP-MINATO', ?, ?, 'Kobe', 'JP-GOKUHI', 'VALID', ?,"
                + " 'JP-GOKUHI', 'JP-ATLA', '山本 翔', '井上 陽子', 0)", host, "湊重工業株式会社 神戸工場 " + host,
                "Minato Heavy Industries – Kobe Works " + host, LocalDate.now(clock).plusYears(3));
    }

    @AfterEach
    void removeIt() {
        KaribuLogin.logout();
        jdbc.update("delete from facility_clearance_change where facility_id = ?", host);
        // the visits to it stay (they are history), so the facility is only closed, not deleted
        jdbc.update("update facility set fsc_status = 'REVOKED', fsc_reasons_reference = 'TEST' where id = ?", host);
    }

    private String certifiedVisit(int day, String levelId) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(day);
        VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, levelId);
        VisitRequestData toHost = new VisitRequestData(sample.type(), sample.requestingFacilityId(), host,
                sample.programmeReference(), sample.purpose(), sample.startDate(), sample.endDate(), sample.levelId(),
                sample.handCarry(), null, null, sample.sites(), sample.visitors()).writtenIn("en");
        String reference = visitRequests.submit(toHost, "applicant.de").getReference();
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        return reference;
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    private void record(FscStatus status, String levelId, LocalDate expiresOn, String reasonsReference) {
        FacilityClearance now = clearances.clearance(host, "officer.jp1").orElseThrow();
        clearances.change(host, "officer.jp1", now.version(), new ClearanceChange(status, levelId,
                status == FscStatus.VALID ? levelId : null, expiresOn, null, "JP-ATLA", now.securityOfficer(),
                now.deputySecurityOfficer(), reasonsReference, "Test: " + status));
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from visit_request where reference = ?", String.class, reference);
    }

    @Test
    void aSuspendedHostFacilityBlocksTheApprovalWithItsReasonUntilTheRegisterShowsItValidAgain() {
        String reference = certifiedVisit(40, "DE-VSV");
        record(FscStatus.SUSPENDED, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), "ATLA-HOZEN-T1");

        assertThatThrownBy(() -> tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST),
                "officer.jp1", HostAuthorityDecision.APPROVE, null, null, null, null))
                .isInstanceOf(FacilityClearanceGapException.class)
                .satisfies(e -> assertThat(((FacilityClearanceGapException) e).gaps()).singleElement()
                        .satisfies(gap -> {
                            assertThat(gap.facilityId()).isEqualTo(host);
                            assertThat(gap.host()).isTrue();
                            assertThat(gap.kind()).isEqualTo(FacilityClearanceGap.Kind.NOT_VALID);
                            assertThat(gap.status()).isEqualTo(FscStatus.SUSPENDED);
                        }));
        assertThat(status(reference)).isEqualTo("IN_REVIEW");
        task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST);

        record(FscStatus.VALID, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), null);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, null, null, null, null);
        assertThat(status(reference)).isNotEqualTo("IN_REVIEW");
    }

    @Test
    void aClearanceBelowTheReleasedLevelOrEndingBeforeTheLastDayIsNamedAsSuch() {
        String reference = certifiedVisit(41, "DE-GEHEIM");
        // filed while the host was cleared at 極秘: since then the register changes under both requests
        String later = certifiedVisit(44, "DE-GEHEIM");
        record(FscStatus.VALID, "JP-HI", LocalDate.now(clock).plusYears(3), null);
        assertThatThrownBy(() -> tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST),
                "officer.jp1", HostAuthorityDecision.APPROVE, null, null, null, null))
                .isInstanceOf(FacilityClearanceGapException.class)
                .satisfies(e -> assertThat(((FacilityClearanceGapException) e).gaps()).singleElement()
                        .satisfies(gap -> {
                            assertThat(gap.kind()).isEqualTo(FacilityClearanceGap.Kind.LEVEL_TOO_LOW);
                            assertThat(gap.levelId()).isEqualTo("JP-HI");
                            assertThat(gap.requiredLevelId()).isEqualTo("JP-GOKUHI");
                        }));

        // an approval with conditions that releases only what the facility is cleared for goes through
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE_WITH_CONDITIONS, "DE-VSV", "Nothing above VS-VERTRAULICH.", null, null);
        assertThat(status(reference)).isNotEqualTo("IN_REVIEW");

        LocalDate lastDay = visitRequests.byReference(later).orElseThrow().getEndDate();
        record(FscStatus.VALID, "JP-GOKUHI", lastDay.minusDays(1), null);
        assertThatThrownBy(() -> tasks.decide(task(later, "officer.jp1", VisitProcess.REVIEW_REQUEST),
                "officer.jp1", HostAuthorityDecision.APPROVE, null, null, null, null))
                .isInstanceOf(FacilityClearanceGapException.class)
                .satisfies(e -> assertThat(((FacilityClearanceGapException) e).gaps()).singleElement()
                        .satisfies(gap -> {
                            assertThat(gap.kind()).isEqualTo(FacilityClearanceGap.Kind.EXPIRES_TOO_EARLY);
                            assertThat(gap.expiresOn()).isEqualTo(lastDay.minusDays(1));
                            assertThat(gap.neededUntil()).isEqualTo(lastDay);
                        }));

        // a rejection needs no clearance
        tasks.decide(task(later, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.REJECT, null, null, RejectionReason.FACILITY_CLEARANCE_INVALID, "FSC expires too early.");
        assertThat(status(later)).isEqualTo("REJECTED");
    }

    @Test
    void aClearanceSuspendedBeforeTheSecondOfficerConfirmsBlocksTheConfirmation() {
        String reference = certifiedVisit(42, "DE-GEHEIM");
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, null, null, null, null);
        record(FscStatus.SUSPENDED, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), "ATLA-HOZEN-T2");

        assertThatThrownBy(() -> tasks.confirm(task(reference, "officer.jp2", VisitProcess.CONFIRM_DECISION),
                "officer.jp2", true, null)).isInstanceOf(FacilityClearanceGapException.class);
        assertThat(status(reference)).isEqualTo("AWAITING_CONFIRMATION");
        // disagreeing stays possible: the case goes back to review
        tasks.confirm(task(reference, "officer.jp2", VisitProcess.CONFIRM_DECISION), "officer.jp2", false,
                "The host facility's clearance was suspended meanwhile.");
        assertThat(status(reference)).isEqualTo("IN_REVIEW");
    }

    @Test
    void theOfficerReadsWhyOnTheRequestPageInJapanese() {
        String reference = certifiedVisit(43, "DE-VSV");
        record(FscStatus.SUSPENDED, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), "ATLA-HOZEN-T3");
        KaribuLogin.loginAndOpen(context, "officer.jp1");
        UI.getCurrent().navigate("visits/" + reference);
        @SuppressWarnings("unchecked")
        Select<HostAuthorityDecision> decision = _get(Select.class, spec -> spec.withId("decision"));
        decision.setValue(HostAuthorityDecision.APPROVE);
        _click(_get(Button.class, spec -> spec.withId("task-action-complete")));

        String facility = "湊重工業株式会社 神戸工場 " + host;
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text)
                        .startsWith(translations.getTranslation("visit.fsc.refused", Locale.JAPANESE))
                        .contains(translations.getTranslation("visit.fsc.gap.NOT_VALID", Locale.JAPANESE, facility,
                                translations.getTranslation("fsc.status.SUSPENDED", Locale.JAPANESE))));
        assertThat(status(reference)).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRequestToAFacilityWithoutAValidClearanceIsRefusedAtIntakeNamingTheField() {
        record(FscStatus.SUSPENDED, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), "ATLA-HOZEN-T3");
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(45);
        VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV");
        VisitRequestData toHost = new VisitRequestData(sample.type(), sample.requestingFacilityId(), host,
                sample.programmeReference(), sample.purpose(), sample.startDate(), sample.endDate(), sample.levelId(),
                sample.handCarry(), null, null, sample.sites(), sample.visitors()).writtenIn("en");
        long before = jdbc.queryForObject("select count(*) from visit_request", Long.class);
        assertThatThrownBy(() -> visitRequests.submit(toHost, "applicant.de"))
                .isInstanceOf(InvalidVisitRequestException.class)
                .satisfies(e -> assertThat(((InvalidVisitRequestException) e).problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("hostFacilityId:validation.fsc.NOT_VALID"));
        assertThat(jdbc.queryForObject("select count(*) from visit_request", Long.class)).isEqualTo(before);

        record(FscStatus.VALID, "JP-GOKUHI", LocalDate.now(clock).plusYears(3), null);
        assertThat(visitRequests.submit(toHost, "applicant.de").getStatus()).isNotNull();
    }
}
