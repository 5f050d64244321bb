package org.gsoia.workflow.visit.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.gsoia.workflow.agreement.Agreements;
import org.gsoia.workflow.demo.DemoClock;
import org.gsoia.workflow.visit.HostAuthorityDecision;
import org.gsoia.workflow.visit.LeadTimes;
import org.gsoia.workflow.visit.VisitRequestData;
import org.gsoia.workflow.visit.VisitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: twelve weeks of history for the manager dashboard. About sixty visit requests are filed over the
 * past weeks on the demo clock and worked through the real services with believable times per step: certified,
 * decided (late decisions escalate, because their timer fires as the clock passes it), some confirmed by a second
 * officer, acknowledged, and visits that lie in the past completed. A few stay open at different ages, so the
 * backlog has more than one age bucket. Built by {@link VisitDemoData} on a fresh database; off with
 * {@code gsoia.demo.history=false} (as in the tests).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gsoia.demo.history", havingValue = "true", matchIfMissing = true)
class VisitHistoryDemoData {

    private static final Logger log = LoggerFactory.getLogger(VisitHistoryDemoData.class);
    private static final int CASES = 60;
    private static final int WEEKS = 12;
    private static final ZoneId ZONE = ZoneId.systemDefault();

    enum Scenario { APPROVED, APPROVED_FOUR_EYES, REJECTED, ESCALATED, OPEN_CERTIFICATION, OPEN_REVIEW }

    private final VisitDemoSteps steps;
    private final DemoClock clock;
    private final LeadTimes leadTimes;
    private final Agreements agreements;

    VisitHistoryDemoData(VisitDemoSteps steps, DemoClock clock, LeadTimes leadTimes, Agreements agreements) {
        this.steps = steps;
        this.clock = clock;
        this.leadTimes = leadTimes;
        this.agreements = agreements;
    }

    /** Builds the history; call inside {@link DemoClock#travel}, with the present as {@code now}. */
    void build(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Random random = new Random(20260322L);
        int built = 0;
        for (int i = 0; i < CASES; i++) {
            boolean germanApplicant = random.nextInt(5) < 3;
            int daysAgo = WEEKS * 7 - (i * WEEKS * 7 / CASES) - random.nextInt(3);
            LocalDate filed = weekday(today.minusDays(Math.max(1, daysAgo)));
            Scenario scenario = scenario(random, today, filed);
            try {
                build(germanApplicant, filed, scenario, random, now);
                built++;
            } catch (RuntimeException failed) {
                log.error("Could not build a historic demo visit request", failed);
            }
        }
        log.info("Historic demo visit requests ready: {}", built);
    }

    private Scenario scenario(Random random, LocalDate today, LocalDate filed) {
        long age = Duration.between(filed.atStartOfDay(), today.atStartOfDay()).toDays();
        int dice = random.nextInt(100);
        if (age <= 35 && dice < 30) {
            return dice < 12 ? Scenario.OPEN_CERTIFICATION : Scenario.OPEN_REVIEW;
        }
        if (dice < 10) {
            return Scenario.REJECTED;
        }
        if (dice < 26) {
            return Scenario.ESCALATED;
        }
        if (dice < 42) {
            return Scenario.APPROVED_FOUR_EYES;
        }
        return Scenario.APPROVED;
    }

    /** One case, from filing on a working morning through its steps, each after a believable number of hours. */
    private void build(boolean germanApplicant, LocalDate filed, Scenario scenario, Random random, Instant now) {
        String host = germanApplicant ? "JP" : "DE";
        String sending = germanApplicant ? "DE" : "JP";
        String level = scenario == Scenario.APPROVED_FOUR_EYES ? (germanApplicant ? "DE-GEHEIM" : "JP-GOKUHI")
                : (germanApplicant ? "DE-VSV" : "JP-HI");
        Instant t0 = filed.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(ZONE).toInstant();
        clock.setTo(t0);
        // a visit some weeks after filing, never before the lead time allows; the decision is due before it
        LocalDate earliest = leadTimes.earliestVisitDate(agreements.currentId(), host, VisitType.ONE_TIME);
        LocalDate wished = weekday(filed.plusDays(24 + random.nextInt(18)));
        LocalDate visitStart = wished.isBefore(earliest) ? earliest : wished;
        VisitRequestData data = germanApplicant
                ? VisitSamples.germanVisitToJapan(VisitType.ONE_TIME, visitStart, level)
                : VisitSamples.japaneseVisitToGermany(VisitType.ONE_TIME, visitStart, level);
        String applicant = germanApplicant ? "applicant.de" : "applicant.jp";
        String sendingOfficer = "officer." + sending.toLowerCase() + (1 + random.nextInt(2));
        String hostOfficer = "officer." + host.toLowerCase() + (1 + random.nextInt(2));
        String otherHostOfficer = hostOfficer.endsWith("1") ? hostOfficer.replace("1", "2") : hostOfficer.replace("2", "1");
        String reference = steps.file(applicant, data, t0);
        try {
            work(reference, t0, now, scenario, random, host, visitStart, sendingOfficer, hostOfficer,
                    otherHostOfficer, germanApplicant);
        } finally {
            // whatever the case's last step, its timers that fell due since then have fired by now
            steps.waitUntil(reference, now);
        }
    }

    private void work(String reference, Instant t0, Instant now, Scenario scenario, Random random, String host,
                      LocalDate visitStart, String sendingOfficer, String hostOfficer, String otherHostOfficer,
                      boolean germanApplicant) {
        Timeline time = new Timeline(reference, t0, now);
        if (scenario == Scenario.OPEN_CERTIFICATION
                || !time.after(2 + random.nextDouble() * (random.nextInt(4) == 0 ? 160 : 50))) {
            return;
        }
        steps.certify(reference, sendingOfficer);
        if (scenario == Scenario.OPEN_REVIEW) {
            return;
        }
        Instant due = leadTimes.decisionDueDate(agreements.currentId(), host, visitStart).plusDays(1)
                .atStartOfDay(ZONE).toInstant();
        double hoursToDue = Duration.between(time.at, due).toMinutes() / 60.0;
        double review = scenario == Scenario.ESCALATED
                ? hoursToDue + 30 + random.nextDouble() * 70
                : Math.min(20 + random.nextDouble() * (random.nextInt(3) == 0 ? 260 : 140),
                        Math.max(12, hoursToDue - 30) + (random.nextInt(8) == 0 ? 60 : 0));
        if (!time.after(review)) {
            return;
        }
        // a late decision escalated when its deadline passed; the deputy noted that before deciding
        steps.handleEscalation(reference, hostOfficer);
        boolean rejected = scenario == Scenario.REJECTED;
        steps.decide(reference, hostOfficer, rejected ? HostAuthorityDecision.REJECT : HostAuthorityDecision.APPROVE);
        if (scenario == Scenario.APPROVED_FOUR_EYES) {
            if (!time.after(3 + random.nextDouble() * 40)) {
                return;
            }
            steps.confirm(reference, otherHostOfficer);
        }
        if (rejected || !time.after(4 + random.nextDouble() * 70)) {
            return;
        }
        // a visit in the past is completed when its last day ends; one ahead waits for its visit as filed
        steps.acknowledge(reference, germanApplicant ? "facility.jp" : "facility.de");
    }

    /** The case's own time, moved on step by step; it never passes the present. */
    private final class Timeline {
        private final String reference;
        private final Instant now;
        private Instant at;

        Timeline(String reference, Instant start, Instant now) {
            this.reference = reference;
            this.at = start;
            this.now = now;
        }

        /** Moves on by the hours (firing timers that fall due); false when that would pass the present. */
        boolean after(double hours) {
            Instant next = at.plus(Duration.ofMinutes(Math.round(hours * 60)));
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            steps.waitUntil(reference, at);
            return true;
        }
    }

    private static LocalDate weekday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
