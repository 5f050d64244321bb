package org.gsoia.workflow.visit.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.gsoia.workflow.demo.DemoData;
import org.camunda.bpm.engine.HistoryService;
import java.util.List;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.agreement.FscStatus;
import org.gsoia.workflow.clearance.ClearanceChange;
import org.gsoia.workflow.clearance.FacilityClearance;
import org.gsoia.workflow.clearance.FacilityClearances;
import org.gsoia.workflow.visit.SiteData;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitType;
import org.gsoia.workflow.visit.process.VisitProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a dozen visit requests in every state, driven through the real services as the demo users
 * would, so a newcomer's first login shows a living system, followed by twelve weeks of history for the dashboard
 * ({@link VisitHistoryDemoData}, unless switched off). Runs once, on a database without visit requests. The
 * escalated request and the expired recurring approval were filed weeks and months ago on the demo clock, and their
 * deadlines passed as the clock moved on: nothing is back-dated by hand.
 */
@Component
@Profile("demo")
@Order(20)
class VisitDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(VisitDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);
    private static final String MANCHING = "DE-RHEINTAL-MAN";

    private final VisitDemoSteps steps;
    private final DemoClock clock;
    private final LeadTimes leadTimes;
    private final Agreements agreements;
    private final HistoryService historyService;
    private final ObjectProvider<VisitHistoryDemoData> history;
    private final FacilityClearances clearances;

    VisitDemoData(VisitDemoSteps steps, DemoClock clock, LeadTimes leadTimes, Agreements agreements,
                  HistoryService historyService, ObjectProvider<VisitHistoryDemoData> history,
                  FacilityClearances clearances) {
        this.clearances = clearances;
        this.history = history;
        this.steps = steps;
        this.clock = clock;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
        this.historyService = historyService;
    }

    @Override
    public void seed() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
                .count() > 0) {
            return;
        }
        Instant now = clock.now();
        clock.travel(() -> {
            build();
            history.ifAvailable(past -> past.build(now));
        });
    }

    private void build() {
        Instant now = clock.now();
        // German company to Japan and back, in every state of the procedure
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 30, "DE-VSV", now), r -> { });
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 35, "DE-GEHEIM", now), r -> steps.certify(r, "officer.de1"));
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 40, "DE-VSV", now), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.REQUEST_INFORMATION);
        });
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 45, "DE-GEHEIM", now), r -> {
            steps.certify(r, "officer.de1");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE);
        });
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 50, "DE-VSV", now), r -> {
            steps.certify(r, "officer.de1");
            steps.decide(r, "officer.jp2", HostAuthorityDecision.APPROVE);
        });
        file("applicant.de", now, deToJp(VisitType.RECURRING, 55, "DE-VSV", now), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE);
            steps.acknowledge(r, "facility.jp");
        });
        file("applicant.de", now, deToJp(VisitType.ONE_TIME, 60, "DE-VSV", now), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp2", HostAuthorityDecision.REJECT);
        });
        // filed 19 days ago for the earliest day then possible: the decision was due last week and escalated
        Instant weeksAgo = now.minus(DAY.multipliedBy(19));
        file("applicant.de", weeksAgo, deToJp(VisitType.ONE_TIME, 0, "DE-VSV", weeksAgo), r -> {
            steps.waitUntil(r, weeksAgo.plus(DAY));
            steps.certify(r, "officer.de1");
            steps.waitUntil(r, now);
        });
        // a recurring approval filed fourteen months ago, valid for the months it asked for, which are over
        Instant longAgo = now.minus(DAY.multipliedBy(425));
        file("applicant.de", longAgo, deToJp(VisitType.RECURRING, 10, "DE-VSV", longAgo), r -> {
            steps.waitUntil(r, longAgo.plus(DAY));
            steps.certify(r, "officer.de1");
            steps.waitUntil(r, longAgo.plus(DAY.multipliedBy(3)));
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE);
            steps.waitUntil(r, longAgo.plus(DAY.multipliedBy(4)));
            steps.acknowledge(r, "facility.jp");
            steps.waitUntil(r, now);
        });
        file("applicant.jp", now, jpToDe(VisitType.ONE_TIME, 30, "JP-HI", now), r -> { });
        file("applicant.jp", now, jpToDe(VisitType.EMERGENCY, 0, "JP-HI", now), r -> steps.certify(r, "officer.jp1"));
        file("applicant.jp", now, jpToDe(VisitType.ONE_TIME, 38, "JP-HI", now),
                r -> steps.returnBySendingAuthority(r, "officer.jp2"));
        file("applicant.jp", now, jpToDe(VisitType.ONE_TIME, 42, "JP-GOKUHI", now), r -> {
            steps.certify(r, "officer.jp1");
            steps.decide(r, "officer.de1", HostAuthorityDecision.APPROVE_WITH_CONDITIONS);
            steps.confirm(r, "officer.de2");
        });
        suspendedHostFacility(now);
        log.info("Demo visit requests ready");
    }

    /**
     * Rheintal's Manching site hosts an approved visit and an open request from Japan when BMWE suspends its
     * clearance: the approved visit is suspended, the open request goes back to the German host authority, and ATLA
     * gets the change notice.
     */
    private void suspendedHostFacility(Instant now) {
        try {
            String approved = steps.file("applicant.jp", toManching(jpToDe(VisitType.ONE_TIME, 20, "JP-HI", now)),
                    now);
            steps.certify(approved, "officer.jp1");
            steps.decide(approved, "officer.de2", HostAuthorityDecision.APPROVE);
            steps.acknowledge(approved, "facility.de");
            String open = steps.file("applicant.jp", toManching(jpToDe(VisitType.ONE_TIME, 26, "JP-HI", now)), now);
            steps.certify(open, "officer.jp2");
            FacilityClearance clearance = clearances.clearance(MANCHING, "security.de1").orElseThrow();
            clearances.change(MANCHING, "security.de1", clearance.version(), new ClearanceChange(FscStatus.SUSPENDED,
                    clearance.levelId(), clearance.storageLevelId(), clearance.expiresOn(), clearance.restrictions(),
                    clearance.issuingAuthorityId(), clearance.securityOfficer(), clearance.deputySecurityOfficer(),
                    "BMWE-GS-2026-0815", "Sicherheitsbevollmächtigter ausgeschieden, Nachfolge nicht bestellt."));
        } catch (RuntimeException failed) {
            log.error("Could not build the demo's suspended host facility", failed);
        }
    }

    private static VisitRequestData toManching(VisitRequestData sample) {
        return new VisitRequestData(sample.type(), sample.requestingFacilityId(), MANCHING,
                sample.programmeReference(), sample.purpose(), sample.startDate(), sample.endDate(), sample.levelId(),
                sample.handCarry(), null, null, List.of(new SiteData("Rheintal Avionik GmbH, Standort Manching, Halle 4",
                "Flugplatzstraße 5, 85077 Manching", "Stefan Brandt", "+49 8459 000 400", "sicherheit@rheintal.example")),
                sample.visitors()).writtenIn("en");
    }

    /** One demo case; a case that cannot be built is logged and skipped, so the product still starts. */
    private void file(String applicant, Instant at, VisitRequestData data, Consumer<String> then) {
        try {
            then.accept(steps.file(applicant, data, at));
        } catch (RuntimeException failed) {
            log.error("Could not build a demo visit request for {}", applicant, failed);
        }
    }

    private VisitRequestData deToJp(VisitType type, int daysAfterEarliest, String levelId, Instant filed) {
        return VisitSamples.germanVisitToJapan(type, earliest("JP", type, filed).plusDays(daysAfterEarliest), levelId);
    }

    private VisitRequestData jpToDe(VisitType type, int daysAfterEarliest, String levelId, Instant filed) {
        return VisitSamples.japaneseVisitToGermany(type, earliest("DE", type, filed).plusDays(daysAfterEarliest), levelId);
    }

    /** The earliest visit day the lead time allowed when the request was filed (the clock is there already). */
    private LocalDate earliest(String hostParty, VisitType type, Instant filed) {
        clock.setTo(filed);
        return leadTimes.earliestVisitDate(agreements.currentId(), hostParty, type);
    }
}
