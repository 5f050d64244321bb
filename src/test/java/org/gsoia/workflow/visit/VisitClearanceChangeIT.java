package org.gsoia.workflow.visit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
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
 * A host facility's clearance suspended, revoked or downgraded reaches every open visit of it on PostgreSQL, in the
 * transaction of the register change (R-FC-06, R-VI-09): an open request gets a "decide again" task for the host
 * authority, an approved visit is suspended until the host authority lifts (only with a valid clearance again) or
 * confirms the suspension (the approval is withdrawn), and everyone who reads the request learns of it.
 */
@GsoiaSpringTest
class VisitClearanceChangeIT {

    @Autowired ApplicationContext context;
    @Autowired VisitRequests visitRequests;
    @Autowired VisitTasks tasks;
    @Autowired FacilityClearances clearances;
    @Autowired LeadTimes leadTimes;
    @Autowired Agreements agreements;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String host;

    @BeforeEach
    void aJapaneseHostFacility() {
        host = "JP-CHG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.update("insert into facility (id, organisation_id, name, name_en, city, fsc_level_id, fsc_status,"
                + " fsc_expires_on, fsc_storage_level_id, fsc_issuing_authority_id, security_officer,"
                + " deputy_security_officer, version) values (?, 'JP-MINATO', ?, ?, 'Kobe', 'JP-GOKUHI', 'VALID', ?,"
                + " 'JP-GOKUHI', 'JP-ATLA', '山本 翔', '井上 陽子', 0)", host, "湊重工業株式会社 試験棟 " + host,
                "Minato Heavy Industries – Test hall " + host, LocalDate.now(clock).plusYears(3));
    }

    @AfterEach
    void closeIt() {
        jdbc.update("delete from facility_clearance_change where facility_id = ?", host);
        // the visits to it stay (they are history), so the facility is only closed, not deleted
        jdbc.update("update facility set fsc_status = 'REVOKED', fsc_reasons_reference = 'TEST' where id = ?", host);
    }

    private String visit(int day) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", VisitType.ONE_TIME).plusDays(day);
        VisitRequestData sample = VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, start, "DE-VSV");
        VisitRequestData toHost = new VisitRequestData(sample.type(), sample.requestingFacilityId(), host,
                sample.programmeReference(), sample.purpose(), sample.startDate(), sample.endDate(), sample.levelId(),
                sample.handCarry(), null, null, sample.sites(), sample.visitors()).writtenIn("en");
        String reference = visitRequests.submit(toHost, "applicant.de").getReference();
        tasks.certify(task(reference, "officer.de1", VisitProcess.CERTIFY_CLEARANCES), "officer.de1", true, null);
        return reference;
    }

    private String approved(int day, boolean acknowledged) {
        String reference = visit(day);
        tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST), "officer.jp1",
                HostAuthorityDecision.APPROVE, null, null, null, null);
        if (acknowledged) {
            tasks.acknowledge(task(reference, "facility.jp", VisitProcess.ACKNOWLEDGE_NOTICE), "facility.jp");
        }
        return reference;
    }

    private String task(String reference, String userId, String key) {
        return tasks.openTasksOf(reference, userId).stream().filter(t -> t.taskKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + userId + " on " + reference)).taskId();
    }

    private void record(FscStatus status, String levelId, String reasonsReference) {
        FacilityClearance now = clearances.clearance(host, "security.jp1").orElseThrow();
        clearances.change(host, "security.jp1", now.version(), new ClearanceChange(status, levelId,
                status == FscStatus.VALID ? levelId : null, now.expiresOn(), null, "JP-ATLA", now.securityOfficer(),
                now.deputySecurityOfficer(), reasonsReference, "Test: " + status));
    }

    private VisitRequest request(String reference) {
        return visitRequests.byReference(reference).orElseThrow();
    }

    @Test
    void anOpenRequestGetsADecideAgainTaskAndTheApplicantReadsWhy() {
        String reference = visit(40);
        record(FscStatus.SUSPENDED, "JP-GOKUHI", "ATLA-HOZEN-C1");

        VisitRequest request = visitRequests.find(reference, "applicant.de").orElseThrow();
        assertThat(request.getStatus()).isEqualTo(VisitStatus.IN_REVIEW);
        assertThat(request.getClearanceChangedFacilityId()).isEqualTo(host);
        assertThat(request.getClearanceChangedTo()).isEqualTo("SUSPENDED");
        assertThat(request.getClearanceChangedAt()).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_event where subject = ? order by id", String.class,
                reference)).contains("VISIT_CLEARANCE_CHANGED");

        tasks.reconsiderAfterClearanceChange(task(reference, "officer.jp2",
                VisitProcess.RECONSIDER_AFTER_CLEARANCE_CHANGE), "officer.jp2", "Wait for ATLA.");
        assertThatThrownBy(() -> tasks.decide(task(reference, "officer.jp1", VisitProcess.REVIEW_REQUEST),
                "officer.jp1", HostAuthorityDecision.APPROVE, null, null, null, null))
                .isInstanceOf(FacilityClearanceGapException.class);
    }

    @Test
    void anApprovedVisitIsSuspendedAndLiftedOnlyOnceTheFacilityIsClearedAgain() {
        String reference = approved(41, true);
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.APPROVED);
        record(FscStatus.REVOKED, "JP-GOKUHI", "ATLA-HOZEN-C2");
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.SUSPENDED);
        assertThat(request(reference).getClearanceChangedTo()).isEqualTo("REVOKED");

        String review = task(reference, "officer.jp1", VisitProcess.REVIEW_SUSPENSION);
        assertThatThrownBy(() -> tasks.reviewSuspension(review, "officer.jp1", true, null))
                .as("not while the facility holds no valid clearance").isInstanceOf(FacilityClearanceGapException.class);
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.SUSPENDED);

        record(FscStatus.VALID, "JP-GOKUHI", null);
        tasks.reviewSuspension(review, "officer.jp1", true, null);
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.APPROVED);
    }

    @Test
    void aConfirmedSuspensionWithdrawsTheApprovalAndEndsTheCase() {
        String reference = approved(42, true);
        record(FscStatus.SUSPENDED, "JP-GOKUHI", "ATLA-HOZEN-C3");
        String review = task(reference, "officer.jp2", VisitProcess.REVIEW_SUSPENSION);
        assertThatThrownBy(() -> tasks.reviewSuspension(review, "officer.jp2", false, " "))
                .isInstanceOf(InvalidVisitRequestException.class);

        tasks.reviewSuspension(review, "officer.jp2", false, "Clearance suspended for months.");
        VisitRequest withdrawn = request(reference);
        assertThat(withdrawn.getStatus()).isEqualTo(VisitStatus.APPROVAL_WITHDRAWN);
        assertThat(withdrawn.getSuspensionNote()).isEqualTo("Clearance suspended for months.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void aSuspensionBeforeTheHostFacilityAcknowledgesHoldsAndADowngradeCountsToo() {
        String reference = approved(43, false);
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.AWAITING_ACKNOWLEDGEMENT);
        record(FscStatus.VALID, "JP-HI", null);
        assertThat(request(reference).getStatus()).as("a downgrade").isEqualTo(VisitStatus.SUSPENDED);
        assertThat(request(reference).getClearanceChangedTo()).isEqualTo("DOWNGRADED");

        tasks.acknowledge(task(reference, "facility.jp", VisitProcess.ACKNOWLEDGE_NOTICE), "facility.jp");
        assertThat(request(reference).getStatus()).as("the acknowledgement does not lift it")
                .isEqualTo(VisitStatus.SUSPENDED);
        record(FscStatus.VALID, "JP-GOKUHI", null);
        tasks.reviewSuspension(task(reference, "officer.jp1", VisitProcess.REVIEW_SUSPENSION), "officer.jp1", true,
                "Cleared at 極秘 again.");
        assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.APPROVED);
    }

    @Test
    void theScreensTellTheApplicantAndOfferTheHostAuthorityLiftOrConfirm() {
        String reference = approved(44, true);
        record(FscStatus.SUSPENDED, "JP-GOKUHI", "ATLA-HOZEN-C4");
        Translations translations = new Translations();
        try {
            KaribuLogin.loginAndOpen(context, "applicant.de");
            UI.getCurrent().navigate("visits/" + reference);
            assertThat(_get(Component.class, spec -> spec.withId("visit-clearance-change")).getElement()
                    .getTextRecursively()).contains(host)
                    .contains(translations.getTranslation("visit.clearanceChange.SUSPENDED", Locale.GERMAN))
                    .contains(translations.getTranslation("visit.clearanceChange.suspended", Locale.GERMAN));
            KaribuLogin.logout();

            KaribuLogin.loginAndOpen(context, "officer.jp1");
            UI.getCurrent().navigate("visits/" + reference);
            _get(Button.class, spec -> spec.withId("task-action-confirm-suspension")).click();
            assertThat(_get(TextArea.class, spec -> spec.withLabel(translations.getTranslation(
                    "visit.task.suspensionReason", Locale.JAPANESE))).isInvalid()).as("a confirmation needs a reason")
                    .isTrue();
            _get(Button.class, spec -> spec.withId("task-action-lift-suspension")).click();
            assertThat(NotificationsKt.getNotifications()).as("lifting while the facility is suspended says why")
                    .anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")).contains(host));
            assertThat(request(reference).getStatus()).isEqualTo(VisitStatus.SUSPENDED);
        } finally {
            KaribuLogin.logout();
        }
    }
}
