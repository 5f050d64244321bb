package org.gsoia.workflow.visit;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.casefile.CaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a dozen visit requests in every state, driven through the real services as the demo users
 * would, so a newcomer's first login shows a living system. Runs once (skipped when requests exist). Deadlines that
 * would only pass in weeks (escalation, expiry) are brought forward by executing their timer jobs.
 */
@Component
@Profile("demo")
@Order(20)
class VisitDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisitDemoData.class);

    private final VisitRequests visitRequests;
    private final VisitDemoSteps steps;
    private final VisitRequestRepository requests;
    private final LeadTimes leadTimes;
    private final Agreements agreements;
    private final ApplicationEventPublisher events;

    VisitDemoData(VisitRequests visitRequests, VisitDemoSteps steps, VisitRequestRepository requests, LeadTimes leadTimes,
                  Agreements agreements, ApplicationEventPublisher events) {
        this.events = events;
        this.visitRequests = visitRequests;
        this.steps = steps;
        this.requests = requests;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.count() > 0) {
            return;
        }
        // German company to Japan and back, in every state of the procedure
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 30, "DE-VSV"), r -> { });
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 35, "DE-GEHEIM"), r -> steps.certify(r, "officer.de1"));
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 40, "DE-VSV"), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.REQUEST_INFORMATION, "Please name the contract under which the test data will be shown.");
        });
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 45, "DE-GEHEIM"), r -> {
            steps.certify(r, "officer.de1");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE, null);
        });
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 50, "DE-VSV"), r -> {
            steps.certify(r, "officer.de1");
            steps.decide(r, "officer.jp2", HostAuthorityDecision.APPROVE, null);
        });
        submit("applicant.de", deToJp(VisitType.RECURRING, 55, "DE-VSV"), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE, null);
            steps.acknowledge(r, "facility.jp");
        });
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 60, "DE-VSV"), r -> {
            steps.certify(r, "officer.de2");
            steps.decide(r, "officer.jp2", HostAuthorityDecision.REJECT, "No need-to-know shown for the requested sites.");
        });
        submit("applicant.de", deToJp(VisitType.ONE_TIME, 32, "DE-VSV"), r -> {
            steps.certify(r, "officer.de1");
            steps.fireLatestTimer(r);
            backdate(r, request -> request.scheduleDecision(leadTimes.today("JP").minusDays(1)));
        });
        submit("applicant.de", deToJp(VisitType.RECURRING, 70, "DE-VSV"), r -> {
            steps.certify(r, "officer.de1");
            steps.decide(r, "officer.jp1", HostAuthorityDecision.APPROVE, null);
            steps.acknowledge(r, "facility.jp");
            steps.fireLatestTimer(r);
            backdate(r, request -> request.validUntil(leadTimes.today("JP").minusDays(1)));
        });
        submit("applicant.jp", jpToDe(VisitType.ONE_TIME, 30, "JP-HI"), r -> { });
        submit("applicant.jp", jpToDe(VisitType.EMERGENCY, 0, "JP-HI"), r -> steps.certify(r, "officer.jp1"));
        submit("applicant.jp", jpToDe(VisitType.ONE_TIME, 38, "JP-HI"), r -> steps.returnBySendingAuthority(r, "officer.jp2"));
        submit("applicant.jp", jpToDe(VisitType.ONE_TIME, 42, "JP-GOKUHI"), r -> {
            steps.certify(r, "officer.jp1");
            steps.decide(r, "officer.de1", HostAuthorityDecision.APPROVE_WITH_CONDITIONS, null);
            steps.confirm(r, "officer.de2");
        });
        log.info("Demo visit requests ready: {}", requests.count());
    }

    /** One demo case; a case that cannot be built is logged and skipped, so the product still starts. */
    private void submit(String applicant, VisitRequestData data, Consumer<String> then) {
        try {
            then.accept(visitRequests.submit(data, applicant).getReference());
        } catch (RuntimeException failed) {
            log.error("Could not build a demo visit request for {}", applicant, failed);
        }
    }

    /** The dates a forced deadline implies, so the demo case does not contradict itself. */
    private void backdate(String reference, Consumer<VisitRequest> change) {
        VisitRequest request = requests.findByReference(reference).orElseThrow();
        change.accept(request);
        requests.save(request);
        events.publishEvent(new CaseChanged(reference)); // open tasks and the dashboard show the forced deadline
    }

    private VisitRequestData deToJp(VisitType type, int daysAfterEarliest, String levelId) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "JP", type).plusDays(daysAfterEarliest);
        return VisitSamples.germanVisitToJapan(type, start, levelId);
    }

    private VisitRequestData jpToDe(VisitType type, int daysAfterEarliest, String levelId) {
        LocalDate start = leadTimes.earliestVisitDate(agreements.currentId(), "DE", type).plusDays(daysAfterEarliest);
        return VisitSamples.japaneseVisitToGermany(type, start, levelId);
    }
}
